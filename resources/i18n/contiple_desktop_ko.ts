<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>%1 정보</translation>
    </message>
    <message>
        <source>About</source>
        <translation>정보</translation>
    </message>
    <message>
        <source>Version %1&lt;br&gt;&lt;br&gt;A workstation for help-desk agents on NHN Cloud Contiple: Help Center, tickets on behalf of callers and customer history.&lt;br&gt;&lt;br&gt;Qt %2 · PySide6 %3</source>
        <translation>버전 %1&lt;br&gt;&lt;br&gt;NHN Cloud Contiple 상담원을 위한 업무 도구: 헬프센터, 고객 대신 티켓 접수, 고객 문의 이력.&lt;br&gt;&lt;br&gt;Qt %2 · PySide6 %3</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>통화(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Content language</source>
        <translation>콘텐츠 언어(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>화면 언어(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Submit ticket / send follow-up</source>
        <translation>티켓 접수 / 추가 문의 보내기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>파일 첨부(&amp;A)…</translation>
    </message>
    <message>
        <source>Connection &amp;profiles…</source>
        <translation>연결 프로필(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help Center</source>
        <translation>헬프센터(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New ticket</source>
        <translation>새 티켓(&amp;N)</translation>
    </message>
    <message>
        <source>Customer hi&amp;story</source>
        <translation>고객 문의 내역(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Find caller…</source>
        <translation>고객 찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Search in this &amp;area</source>
        <translation>이 영역에서 검색(&amp;A)</translation>
    </message>
    <message>
        <source>Ticket &amp;caller</source>
        <translation>티켓 고객 정보(&amp;C)</translation>
    </message>
    <message>
        <source>Ticket inquiry &amp;type</source>
        <translation>티켓 문의 유형(&amp;T)</translation>
    </message>
    <message>
        <source>New &amp;call</source>
        <translation>새 통화(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Next caller</source>
        <translation>다음 고객(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Follow up on the newest open ticket</source>
        <translation>최신 진행 중 티켓에 추가 문의(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Insert call summary</source>
        <translation>통화 요약 넣기(&amp;I)</translation>
    </message>
    <message>
        <source>Call n&amp;otes</source>
        <translation>통화 메모(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>발송 대기함(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Watched tickets…</source>
        <translation>지켜보는 티켓(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Latest ticket update</source>
        <translation>최근 티켓 변경(&amp;L)</translation>
    </message>
    <message>
        <source>Apply &amp;template…</source>
        <translation>템플릿 적용(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Save form as template…</source>
        <translation>양식을 템플릿으로 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Manage templates…</source>
        <translation>템플릿 관리(&amp;M)…</translation>
    </message>
    <message>
        <source>Insert reply s&amp;nippet…</source>
        <translation>답변 문구 넣기(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>진단 정보 복사(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About Contiple Desktop</source>
        <translation>Contiple Desktop 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Back to the previous document</source>
        <translation>이전 문서로 돌아가기</translation>
    </message>
    <message>
        <source>Help Center</source>
        <translation>헬프센터</translation>
    </message>
    <message>
        <source>Open the selected document or ticket</source>
        <translation>선택한 문서 또는 티켓 열기</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>목록</translation>
    </message>
    <message>
        <source>Customer user code</source>
        <translation>고객 사용자 코드</translation>
    </message>
    <message>
        <source>Customer history</source>
        <translation>고객 문의 내역</translation>
    </message>
    <message>
        <source>In the user code or phone: look the caller up</source>
        <translation>사용자 코드 또는 전화번호 칸에서: 고객 조회</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>새 티켓</translation>
    </message>
    <message>
        <source>Fold the inquiry types away again</source>
        <translation>문의 유형 목록 다시 접기</translation>
    </message>
</context>
<context>
    <name>AgreeField</name>
    <message>
        <source>I agree</source>
        <translation>동의합니다</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Demo workspace</source>
        <translation>데모 작업 공간</translation>
    </message>
    <message>
        <source>Connecting to the demo workspace…</source>
        <translation>데모 작업 공간에 연결하는 중…</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Attachments</source>
        <translation>첨부 파일</translation>
    </message>
    <message>
        <source>Attachment list</source>
        <translation>첨부 파일 목록</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>첨부 파일 열기</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>다른 이름으로 저장…</translation>
    </message>
    <message>
        <source>Save attachment as</source>
        <translation>첨부 파일을 다른 이름으로 저장</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>다운로드 취소</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>다운로드 진행률</translation>
    </message>
    <message>
        <source>Download error</source>
        <translation>다운로드 오류</translation>
    </message>
    <message>
        <source>Save attachment to folder</source>
        <translation>첨부 파일을 저장할 폴더</translation>
    </message>
    <message>
        <source>Could not download “%2”: %1</source>
        <translation>“%2” 파일을 다운로드하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>AttachmentRow</name>
    <message>
        <source>Upload progress of %1</source>
        <translation>%1 업로드 진행률</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>%1 상태</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>파일 이름</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Cancel upload of %1</source>
        <translation>%1 업로드 취소</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Retry %1</source>
        <translation>%1 다시 시도</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 제거</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>서버 응답 대기 중…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>확인 중…</translation>
    </message>
    <message>
        <source>%1 is a link to %2</source>
        <translation>%1 (링크 대상: %2)</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>업로드 중…</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>첨부됨</translation>
    </message>
    <message>
        <source>Upload failed</source>
        <translation>업로드 실패</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>첨부되지 않음</translation>
    </message>
</context>
<context>
    <name>AttachmentTray</name>
    <message>
        <source>Attachments</source>
        <translation>첨부 파일</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>파일 첨부…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>파일 첨부</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>붙여넣기</translation>
    </message>
    <message>
        <source>Paste screenshot or files</source>
        <translation>스크린샷 또는 파일 붙여넣기</translation>
    </message>
    <message>
        <source>Attachment rules</source>
        <translation>첨부 규칙</translation>
    </message>
    <message>
        <source>Allowed files (%1)</source>
        <translation>허용되는 파일 (%1)</translation>
    </message>
    <message>
        <source>Drop files here or paste a screenshot (Ctrl+V). %1 of %2 files; each under 10 MB.</source>
        <translation>끌어다 놓기 또는 붙여넣기(Ctrl+V)로 첨부합니다. %1/%2개, 파일당 10MB 미만.</translation>
    </message>
    <message>
        <source>This link points to a file that does not exist (any more).</source>
        <translation>이 링크가 가리키는 파일이 없습니다(삭제되었을 수 있음).</translation>
    </message>
    <message>
        <source>This link points to a folder, not a file. Attach the files inside it.</source>
        <translation>이 링크는 파일이 아니라 폴더를 가리킵니다. 폴더 안의 파일을 첨부하세요.</translation>
    </message>
    <message>
        <source>This is a folder, not a file. Attach the files inside it.</source>
        <translation>파일이 아니라 폴더입니다. 폴더 안의 파일을 첨부하세요.</translation>
    </message>
    <message>
        <source>This link points to a pipe, socket or device, not a file; it cannot be attached.</source>
        <translation>이 링크는 파일이 아니라 파이프, 소켓 또는 장치를 가리키므로 첨부할 수 없습니다.</translation>
    </message>
    <message>
        <source>This is a pipe, socket or device, not a file; it cannot be attached.</source>
        <translation>파일이 아니라 파이프, 소켓 또는 장치이므로 첨부할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>BrowseTab</name>
    <message>
        <source>Results</source>
        <translation>검색 결과</translation>
    </message>
    <message>
        <source>List status</source>
        <translation>목록 상태</translation>
    </message>
    <message>
        <source>Search &amp;everywhere</source>
        <translation>전체에서 검색(&amp;E)</translation>
    </message>
    <message>
        <source>Search everywhere</source>
        <translation>전체에서 검색</translation>
    </message>
    <message>
        <source>List error</source>
        <translation>목록 오류</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>불러오지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>연결되지 않았습니다.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Nothing found in %1 — search everywhere?</source>
        <translation>검색 범위(%1)에 결과가 없습니다. 전체에서 검색할까요?</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>검색 결과가 없습니다.</translation>
    </message>
    <message>
        <source>No items here.</source>
        <translation>항목이 없습니다.</translation>
    </message>
</context>
<context>
    <name>CallCard</name>
    <message>
        <source>Call %1–%2 (%n min)</source>
        <translation>통화 %1–%2 (%n분)</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Call timer</source>
        <translation>통화 시간</translation>
    </message>
    <message>
        <source>Caller identity</source>
        <translation>고객 정보</translation>
    </message>
    <message>
        <source>Caller lookup</source>
        <translation>고객 조회</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>진행 중 티켓</translation>
    </message>
    <message>
        <source>Open tickets message</source>
        <translation>진행 중 티켓 안내</translation>
    </message>
    <message>
        <source>Follow up on the newest</source>
        <translation>최신 티켓에 추가 문의</translation>
    </message>
    <message>
        <source>Follow up on the newest open ticket</source>
        <translation>최신 진행 중 티켓에 추가 문의</translation>
    </message>
    <message>
        <source>Open the newest open ticket&apos;s follow-up (Ctrl+Shift+O)</source>
        <translation>최신 진행 중 티켓의 추가 문의 열기(Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Call notes (private, stay on this PC)</source>
        <translation>통화 메모(비공개, 이 PC에만 보관)</translation>
    </message>
    <message>
        <source>Call notes</source>
        <translation>통화 메모</translation>
    </message>
    <message>
        <source>Notes for this call (Ctrl+Shift+M)</source>
        <translation>이 통화의 메모(Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Insert call summary</source>
        <translation>통화 요약 넣기</translation>
    </message>
    <message>
        <source>Insert the call time and the notes into the ticket or the follow-up (Ctrl+Shift+I)</source>
        <translation>통화 시간과 메모를 티켓이나 추가 문의에 넣기(Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Next caller</source>
        <translation>다음 고객</translation>
    </message>
    <message>
        <source>End this call and start fresh (Ctrl+Shift+N)</source>
        <translation>이 통화를 끝내고 새로 시작(Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Notes of an earlier call</source>
        <translation>이전 통화의 메모</translation>
    </message>
    <message>
        <source>Notes of an earlier call message</source>
        <translation>이전 통화의 메모 안내</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>이어서 하기</translation>
    </message>
    <message>
        <source>Resume the earlier call</source>
        <translation>이전 통화 이어서 하기</translation>
    </message>
    <message>
        <source>Delete notes</source>
        <translation>메모 삭제</translation>
    </message>
    <message>
        <source>Delete the earlier call&apos;s notes</source>
        <translation>이전 통화의 메모 삭제</translation>
    </message>
    <message>
        <source>Looking up the caller…</source>
        <translation>고객 조회 중…</translation>
    </message>
    <message>
        <source>Call since %1 · %2</source>
        <translation>%1부터 통화 중 · %2</translation>
    </message>
    <message>
        <source>Caller not identified yet</source>
        <translation>아직 고객을 확인하지 못했습니다</translation>
    </message>
    <message>
        <source>Customer found by the caller lookup.</source>
        <translation>고객 조회로 고객을 찾았습니다.</translation>
    </message>
    <message>
        <source>No customer found for this number</source>
        <translation>이 번호로 등록된 고객이 없습니다</translation>
    </message>
    <message>
        <source>No caller lookup is set up for this connection; callers served today are suggested as you type.</source>
        <translation>이 연결에는 고객 조회가 설정되어 있지 않습니다. 입력하는 동안 오늘 응대한 고객을 제안합니다.</translation>
    </message>
    <message>
        <source>The number is not a usable phone number; the lookup was not asked.</source>
        <translation>사용할 수 있는 전화번호가 아니어서 조회하지 않았습니다.</translation>
    </message>
    <message>
        <source>The caller lookup failed: %1 You can still file the ticket.</source>
        <translation>고객 조회에 실패했습니다: %1 티켓은 그대로 접수할 수 있습니다.</translation>
    </message>
    <message>
        <source>Filled from a call earlier today.</source>
        <translation>오늘 앞선 통화의 정보로 채웠습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n open ticket(s) — follow up on the newest instead?</source>
        <translation>
            <numerusform>진행 중 티켓 %n건 — 대신 최신 티켓에 추가 문의할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Newest: %1</source>
        <translation>최신: %1</translation>
    </message>
    <message>
        <source>Notes of an earlier call (%1) were kept.</source>
        <translation>이전 통화(%1)의 메모를 보관했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n more kept.</source>
        <translation>
            <numerusform>%n건 더 보관되어 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to this call</source>
        <translation>이 통화에 추가</translation>
    </message>
</context>
<context>
    <name>CallCommands</name>
    <message>
        <source>No call in progress: start one with Call ▸ New call.</source>
        <translation>진행 중인 통화가 없습니다. 통화 ▸ 새 통화로 시작하세요.</translation>
    </message>
    <message>
        <source>This caller has no open ticket to follow up.</source>
        <translation>이 고객에게는 추가 문의할 진행 중 티켓이 없습니다.</translation>
    </message>
    <message>
        <source>There is nothing to attach files to here.</source>
        <translation>여기에는 파일을 첨부할 곳이 없습니다.</translation>
    </message>
</context>
<context>
    <name>CallerBox</name>
    <message>
        <source>Caller</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>User code</source>
        <translation>사용자 코드</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>Error in %1</source>
        <translation>%1 오류</translation>
    </message>
    <message>
        <source>The customer&apos;s ID (optional)</source>
        <translation>고객의 ID(선택)</translation>
    </message>
    <message>
        <source>Enter shows the caller&apos;s recent tickets</source>
        <translation>Enter를 누르면 고객의 최근 티켓을 보여 줍니다</translation>
    </message>
    <message>
        <source>Enter looks the caller up by phone number</source>
        <translation>Enter를 누르면 전화번호로 고객을 조회합니다</translation>
    </message>
    <message>
        <source>Callers served today</source>
        <translation>오늘 응대한 고객</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>필수 항목입니다.</translation>
    </message>
</context>
<context>
    <name>CallerLookup</name>
    <message>
        <source>Customer &amp;user code:</source>
        <translation>고객 사용자 코드(&amp;U):</translation>
    </message>
    <message>
        <source>Customer user code</source>
        <translation>고객 사용자 코드</translation>
    </message>
    <message>
        <source>Type the caller&apos;s user code or phone number and press Enter</source>
        <translation>고객의 사용자 코드나 전화번호를 입력하고 Enter를 누르세요</translation>
    </message>
    <message>
        <source>e.g. cust-001 or 010-1234-5678</source>
        <translation>예: cust-001 또는 010-1234-5678</translation>
    </message>
    <message>
        <source>Caller lookup</source>
        <translation>고객 조회</translation>
    </message>
    <message>
        <source>Caller lookup error</source>
        <translation>고객 조회 오류</translation>
    </message>
    <message>
        <source>Looking up the caller…</source>
        <translation>고객 조회 중…</translation>
    </message>
    <message>
        <source>Customer %1 has this number.</source>
        <translation>고객 %1의 번호입니다.</translation>
    </message>
    <message>
        <source>The caller lookup knows this number but gives no user code; enter the user code.</source>
        <translation>고객 조회에서 이 번호를 찾았지만 사용자 코드가 없습니다. 사용자 코드를 입력하세요.</translation>
    </message>
    <message>
        <source>No customer found for this number</source>
        <translation>이 번호로 등록된 고객이 없습니다</translation>
    </message>
    <message>
        <source>No caller lookup is set up for this connection, and no caller served today has this number. Enter the user code.</source>
        <translation>이 연결에는 고객 조회가 설정되어 있지 않고, 오늘 응대한 고객 중에도 이 번호가 없습니다. 사용자 코드를 입력하세요.</translation>
    </message>
    <message>
        <source>The caller lookup failed: %1 Enter the user code.</source>
        <translation>고객 조회에 실패했습니다: %1 사용자 코드를 입력하세요.</translation>
    </message>
    <message>
        <source>Show tickets</source>
        <translation>티켓 보기</translation>
    </message>
</context>
<context>
    <name>CallerLookupForm</name>
    <message>
        <source>Look callers up by phone</source>
        <translation>전화번호로 발신자 조회</translation>
    </message>
    <message>
        <source>Lookup address</source>
        <translation>조회 주소</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>웹 주소(&amp;W):</translation>
    </message>
    <message>
        <source>Request field for the phone number</source>
        <translation>전화번호를 담는 요청 필드</translation>
    </message>
    <message>
        <source>Phone &amp;field:</source>
        <translation>전화번호 필드(&amp;F):</translation>
    </message>
    <message>
        <source>Number format in the request</source>
        <translation>요청에 쓰는 번호 형식</translation>
    </message>
    <message>
        <source>Digits only (01010015007)</source>
        <translation>숫자만 (01010015007)</translation>
    </message>
    <message>
        <source>National (010-1001-5007)</source>
        <translation>국내 형식 (010-1001-5007)</translation>
    </message>
    <message>
        <source>E.164 (+821010015007)</source>
        <translation>E.164 (+821010015007)</translation>
    </message>
    <message>
        <source>International (+82 10-1001-5007)</source>
        <translation>국제 형식 (+82 10-1001-5007)</translation>
    </message>
    <message>
        <source>Nu&amp;mber format:</source>
        <translation>번호 형식(&amp;M):</translation>
    </message>
    <message>
        <source>Constant fields</source>
        <translation>고정 필드</translation>
    </message>
    <message>
        <source>One name=value per line, e.g. nation=korea</source>
        <translation>한 줄에 하나씩 이름=값, 예: nation=korea</translation>
    </message>
    <message>
        <source>Constant fields:</source>
        <translation>고정 필드:</translation>
    </message>
    <message>
        <source>User code item:</source>
        <translation>사용자 코드 항목:</translation>
    </message>
    <message>
        <source>Result item for the user code</source>
        <translation>사용자 코드를 담은 결과 항목</translation>
    </message>
    <message>
        <source>Name item:</source>
        <translation>이름 항목:</translation>
    </message>
    <message>
        <source>Result item for the name</source>
        <translation>이름을 담은 결과 항목</translation>
    </message>
    <message>
        <source>E-mail item:</source>
        <translation>이메일 항목:</translation>
    </message>
    <message>
        <source>Result item for the e-mail address</source>
        <translation>이메일 주소를 담은 결과 항목</translation>
    </message>
    <message>
        <source>Phone item:</source>
        <translation>전화번호 항목:</translation>
    </message>
    <message>
        <source>Result item for the phone number</source>
        <translation>전화번호를 담은 결과 항목</translation>
    </message>
    <message>
        <source>API encryption (requests are signed with the security key)</source>
        <translation>API 암호화(보안 키로 요청에 서명)</translation>
    </message>
    <message>
        <source>API encryption</source>
        <translation>API 암호화</translation>
    </message>
    <message>
        <source>Security key</source>
        <translation>보안 키</translation>
    </message>
    <message>
        <source>Show security key</source>
        <translation>보안 키 표시</translation>
    </message>
    <message>
        <source>Securit&amp;y key:</source>
        <translation>보안 키(&amp;Y):</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>저장되지 않음</translation>
    </message>
    <message>
        <source>Security key status</source>
        <translation>보안 키 상태</translation>
    </message>
    <message>
        <source>Caller lookup problem</source>
        <translation>발신자 조회 설정 문제</translation>
    </message>
    <message>
        <source>Phone number to test</source>
        <translation>테스트할 전화번호</translation>
    </message>
    <message>
        <source>Test lookup</source>
        <translation>조회 테스트</translation>
    </message>
    <message>
        <source>Test num&amp;ber:</source>
        <translation>테스트 번호(&amp;B):</translation>
    </message>
    <message>
        <source>Lookup test result</source>
        <translation>조회 테스트 결과</translation>
    </message>
    <message>
        <source>Enter the address of the customer lookup.</source>
        <translation>고객 조회 API의 주소를 입력하세요.</translation>
    </message>
    <message>
        <source>Enter an https:// address without user name or #fragment (plain http only for this computer).</source>
        <translation>사용자 이름이나 #조각 없는 https:// 주소를 입력하세요(일반 http는 이 컴퓨터에만 허용).</translation>
    </message>
    <message>
        <source>Enter the request field that carries the phone number (e.g. callNum).</source>
        <translation>전화번호를 담는 요청 필드를 입력하세요(예: callNum).</translation>
    </message>
    <message>
        <source>Write each constant field as name=value on its own line (line %1).</source>
        <translation>고정 필드는 한 줄에 하나씩 이름=값으로 적으세요(%1번째 줄).</translation>
    </message>
    <message>
        <source>A request field is given twice.</source>
        <translation>같은 요청 필드가 두 번 있습니다.</translation>
    </message>
    <message>
        <source>Name at least one result item (e.g. id for the user code).</source>
        <translation>결과 항목을 하나 이상 지정하세요(예: 사용자 코드는 id).</translation>
    </message>
    <message>
        <source>Enter the security key, or turn API encryption off.</source>
        <translation>보안 키를 입력하거나 API 암호화를 끄세요.</translation>
    </message>
    <message>
        <source>These caller lookup settings cannot be used; check every field.</source>
        <translation>이 발신자 조회 설정은 쓸 수 없습니다. 모든 항목을 확인하세요.</translation>
    </message>
    <message>
        <source>Not stored (the keyring refused it)</source>
        <translation>저장되지 않음(키링이 거부함)</translation>
    </message>
    <message>
        <source>Not available (the keyring is locked or missing)</source>
        <translation>사용할 수 없음(키링이 잠겨 있거나 없음)</translation>
    </message>
    <message>
        <source>Stored in the system keyring</source>
        <translation>시스템 키링에 저장됨</translation>
    </message>
    <message>
        <source>Session only (not saved; enter it again next time)</source>
        <translation>이번 세션만(저장 안 됨, 다음에 다시 입력)</translation>
    </message>
    <message>
        <source>Switch the caller lookup on first.</source>
        <translation>먼저 발신자 조회를 켜세요.</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>조회 중…</translation>
    </message>
    <message>
        <source>user code %1</source>
        <translation>사용자 코드 %1</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>찾음: %1</translation>
    </message>
    <message>
        <source>The lookup answered: no customer has this number.</source>
        <translation>조회 결과: 이 번호의 고객이 없습니다.</translation>
    </message>
    <message>
        <source>Enter a valid phone number to test with.</source>
        <translation>테스트할 올바른 전화번호를 입력하세요.</translation>
    </message>
    <message>
        <source>Hide security key</source>
        <translation>보안 키 숨기기</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>The test stopped because of an unexpected error: %1</source>
        <translation>예기치 않은 오류로 테스트가 중단되었습니다: %1</translation>
    </message>
    <message>
        <source>Enter the service ID.</source>
        <translation>서비스 ID를 입력하세요.</translation>
    </message>
    <message>
        <source>The organization ID usually has 16 letters and digits (e.g. AbcdE1fghIj23K4x).</source>
        <translation>조직 ID는 보통 영문자와 숫자 16자입니다(예: AbcdE1fghIj23K4x).</translation>
    </message>
    <message>
        <source>Reached the service “%1” at %2 (languages: %3).</source>
        <translation>%2에서 서비스 “%1”에 연결했습니다(언어: %3).</translation>
    </message>
    <message>
        <source>The service does not offer the content language “%1”; it will answer in “%2”.</source>
        <translation>이 서비스에는 콘텐츠 언어 “%1” 지원이 없어 “%2” 언어로 응답합니다.</translation>
    </message>
    <message>
        <source>Enter the API key to test signed requests.</source>
        <translation>서명된 요청을 테스트하려면 API 키를 입력하세요.</translation>
    </message>
    <message>
        <source>The API key and the organization ID were accepted.</source>
        <translation>API 키와 조직 ID가 승인되었습니다.</translation>
    </message>
    <message>
        <source>Plain http to %1 is refused: the API key would travel unprotected. Use an https address (plain http is allowed only for this computer).</source>
        <translation>일반 http 주소 %1 연결은 거부됩니다. API 키가 보호되지 않은 채 전송되기 때문입니다. https 주소를 사용하세요(일반 http는 이 컴퓨터 안에서만 허용됩니다).</translation>
    </message>
    <message>
        <source>“%1” is not a usable web address (https://…).</source>
        <translation>사용할 수 없는 웹 주소입니다: “%1”(https://…로 시작해야 합니다).</translation>
    </message>
    <message>
        <source>“%1” is not a Contiple domain: use letters, digits and hyphens only (e.g. nhn-cs).</source>
        <translation>Contiple 도메인 형식이 아닙니다: “%1”. 영문자, 숫자, 하이픈만 사용하세요(예: nhn-cs).</translation>
    </message>
    <message>
        <source>Cannot reach %1: no answer in time. Check the address, the network connection, and any proxy or firewall.</source>
        <translation>%1에 연결할 수 없습니다. 제한 시간 안에 응답이 없습니다. 주소, 네트워크 연결, 프록시나 방화벽 설정을 확인하세요.</translation>
    </message>
    <message>
        <source>Cannot reach %1: the host name was not found or the connection was refused (%2). Check the environment and domain, the network connection, and any proxy or firewall.</source>
        <translation>%1에 연결할 수 없습니다. 호스트 이름을 찾지 못했거나 연결이 거부되었습니다(%2). 환경과 도메인, 네트워크 연결, 프록시나 방화벽 설정을 확인하세요.</translation>
    </message>
    <message>
        <source>%1 answered, but not like a Contiple server (HTTP %2, not the Contiple JSON format). Check the environment, domain or custom address.</source>
        <translation>%1에서 응답했지만 Contiple 서버의 응답이 아닙니다(HTTP %2, Contiple JSON 형식 아님). 환경, 도메인 또는 사용자 지정 주소를 확인하세요.</translation>
    </message>
    <message>
        <source>%1 does not know the service ID “%2”. Service IDs are case-sensitive: copy it from Service Management.</source>
        <translation>%1에 없는 서비스 ID입니다: “%2”. 서비스 ID는 대소문자를 구분하므로 서비스 관리에서 복사해 붙여넣으세요.</translation>
    </message>
    <message>
        <source>The server refuses this PC&apos;s time (more than 5 minutes off). Set the clock correctly (automatic time).</source>
        <translation>서버가 이 PC의 시간을 거부합니다(5분 이상 차이). 시계를 올바르게 맞추세요(자동 시간 설정).</translation>
    </message>
    <message numerus="yes">
        <source>This PC&apos;s clock is off by %n minute(s) (behind the server). Requests still work because the app corrects for it, but please set the clock automatically.</source>
        <translation>
            <numerusform>이 PC의 시계가 서버보다 %n분 느립니다. 앱이 보정하므로 요청은 처리되지만, 시계를 자동으로 맞추도록 설정하세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This PC&apos;s clock is off by %n minute(s) (ahead of the server). Requests still work because the app corrects for it, but please set the clock automatically.</source>
        <translation>
            <numerusform>이 PC의 시계가 서버보다 %n분 빠릅니다. 앱이 보정하므로 요청은 처리되지만, 시계를 자동으로 맞추도록 설정하세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This PC&apos;s clock is off by %n minute(s), and the server refuses requests whose time differs by more than 5 minutes. Set the clock correctly (automatic time).</source>
        <translation>
            <numerusform>이 PC의 시계가 %n분 어긋나 있고, 서버는 시각이 5분 넘게 차이 나는 요청을 거부합니다. 시계를 올바르게 맞추세요(자동 시간 설정).</numerusform>
        </translation>
    </message>
    <message>
        <source>This PC&apos;s IP address is not on the service&apos;s list of allowed addresses. Ask a Contiple administrator to add it.</source>
        <translation>이 PC의 IP 주소가 서비스의 허용 주소 목록에 없습니다. Contiple 관리자에게 추가를 요청하세요.</translation>
    </message>
    <message>
        <source>The Open API is not enabled for the service “%1” (no API key exists). An administrator enables it in Service Management → Authentication.</source>
        <translation>서비스 “%1”의 Open API가 활성화되지 않았습니다(API 키 없음). 관리자가 서비스 관리 → 인증에서 활성화할 수 있습니다.</translation>
    </message>
    <message>
        <source>The server rejected the signature: the API key or the organization ID is wrong (either one is possible). The domain and service ID are right, because the unsigned request succeeded.</source>
        <translation>서버가 서명을 거부했습니다. API 키 또는 조직 ID가 잘못되었습니다(둘 중 하나). 서명 없는 요청은 성공했으므로 도메인과 서비스 ID는 올바릅니다.</translation>
    </message>
    <message>
        <source>The signed request failed: %1</source>
        <translation>서명된 요청이 실패했습니다: %1</translation>
    </message>
    <message>
        <source>The server answered with an error: %1</source>
        <translation>서버가 오류를 반환했습니다: %1</translation>
    </message>
</context>
<context>
    <name>CopyDetailsButton</name>
    <message>
        <source>Copy details</source>
        <translation>세부 정보 복사</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>복사됨</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Demo workspace</source>
        <translation>데모 작업 공간</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo workspace&lt;/b&gt; — simulated Contiple service; nothing is sent to a real help desk.</source>
        <translation>&lt;b&gt;데모 작업 공간&lt;/b&gt; — 시뮬레이션된 Contiple 서비스입니다. 실제 헬프데스크로는 아무것도 전송되지 않습니다.</translation>
    </message>
    <message>
        <source>Demo notice</source>
        <translation>데모 안내</translation>
    </message>
    <message>
        <source>Connect to Contiple…</source>
        <translation>Contiple에 연결…</translation>
    </message>
    <message>
        <source>Connect to Contiple</source>
        <translation>Contiple에 연결</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>the file is too large</source>
        <translation>파일이 너무 큽니다</translation>
    </message>
    <message>
        <source>its name is too long</source>
        <translation>이름이 너무 깁니다</translation>
    </message>
    <message>
        <source>this file type is not allowed</source>
        <translation>허용되지 않는 파일 형식입니다</translation>
    </message>
    <message>
        <source>its content does not match its type</source>
        <translation>내용이 파일 형식과 맞지 않습니다</translation>
    </message>
    <message>
        <source>too many files</source>
        <translation>파일이 너무 많습니다</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>접수됨</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>보내는 중…</translation>
    </message>
    <message>
        <source>Needs you</source>
        <translation>확인 필요</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>(guest)</source>
        <translation>(비회원)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message>
        <source>The connection dropped while it was being sent, and without a user code the app cannot check whether it arrived. Look in the Contiple console, then say whether it was sent.</source>
        <translation>보내는 중에 연결이 끊겼고, 사용자 코드가 없어 도착했는지 앱이 확인할 수 없습니다. Contiple 콘솔에서 확인한 뒤 접수되었는지 알려 주세요.</translation>
    </message>
    <message>
        <source>The service refused these fields: %1. File it again from the form, or discard it.</source>
        <translation>서비스가 다음 항목을 거부했습니다: %1. 양식에서 다시 접수하거나 삭제하세요.</translation>
    </message>
    <message>
        <source>a rule refused it</source>
        <translation>규칙에 맞지 않아 거부되었습니다</translation>
    </message>
    <message>
        <source>The file %1 cannot be sent: %2. Discard the item, or retry.</source>
        <translation>다음 파일을 보낼 수 없습니다: %1 (%2). 항목을 삭제하거나 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The outbox&apos;s copy of %1 is missing or was changed on disk. Retry, or discard the item.</source>
        <translation>발송 대기함에 보관한 %1의 사본이 없거나 디스크에서 바뀌었습니다. 다시 시도하거나 항목을 삭제하세요.</translation>
    </message>
    <message>
        <source>The service does not know the inquiry type any more (it may have been removed). File it again from the form, or discard it.</source>
        <translation>서비스에 더 이상 이 문의 유형이 없습니다(삭제되었을 수 있음). 양식에서 다시 접수하거나 삭제하세요.</translation>
    </message>
    <message>
        <source>The service refused the ticket (%1). Retry, or discard it.</source>
        <translation>서비스가 티켓을 거부했습니다(%1). 다시 시도하거나 삭제하세요.</translation>
    </message>
    <message>
        <source>Reading the outbox…</source>
        <translation>발송 대기함을 읽는 중…</translation>
    </message>
    <message>
        <source>Waiting for a connection to a Contiple service.</source>
        <translation>Contiple 서비스 연결을 기다리는 중입니다.</translation>
    </message>
    <message>
        <source>Offline: tries again at %1.</source>
        <translation>오프라인: %1에 다시 시도합니다.</translation>
    </message>
    <message>
        <source>Offline.</source>
        <translation>오프라인.</translation>
    </message>
    <message>
        <source>The service is busy or failing: tries again at %1.</source>
        <translation>서비스가 혼잡하거나 오류가 있습니다: %1에 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The service is busy or failing.</source>
        <translation>서비스가 혼잡하거나 오류가 있습니다.</translation>
    </message>
    <message>
        <source>Blocked by spam protection (code %1) until %2. %3</source>
        <translation>스팸 방지로 %2까지 차단되었습니다(코드 %1). %3</translation>
    </message>
    <message>
        <source>Waits until %1 so as not to file a 3rd ticket within a minute.</source>
        <translation>1분 안에 3번째 티켓을 접수하지 않도록 %1까지 기다립니다.</translation>
    </message>
    <message>
        <source>The next would be the 10th ticket within 24 hours: waits until %1, or press Try now.</source>
        <translation>다음 티켓은 24시간 안의 10번째가 됩니다: %1까지 기다리거나 지금 시도를 누르세요.</translation>
    </message>
    <message>
        <source>The key or this PC&apos;s address was refused: check the connection profile.</source>
        <translation>키 또는 이 PC의 주소가 거부되었습니다. 연결 프로필을 확인하세요.</translation>
    </message>
    <message>
        <source>Outbox: %1</source>
        <translation>발송 대기함: %1</translation>
    </message>
    <message>
        <source>%n need(s) you</source>
        <translation>확인 필요 %n건</translation>
    </message>
    <message>
        <source>An administrator can turn this off in %1.</source>
        <translation>관리자가 %1에서 끌 수 있습니다.</translation>
    </message>
    <message>
        <source>This would be the 3rd ticket within a minute from this desk (%1 so far). Contiple&apos;s spam protection refuses it (code 1001) and blocks this address for 24 hours. One more can be filed at %2.</source>
        <translation>이 자리에서 1분 안에 접수하는 3번째 티켓이 됩니다(지금까지 %1건). Contiple의 스팸 방지가 거부하고(코드 1001) 이 주소를 24시간 차단합니다. %2에 한 건 더 접수할 수 있습니다.</translation>
    </message>
    <message>
        <source>This would be the 10th ticket within 24 hours from this desk (%1 so far). Contiple&apos;s spam protection refuses it (code 1002) and blocks this address for 24 hours. One more can be filed at %2.</source>
        <translation>이 자리에서 24시간 안에 접수하는 10번째 티켓이 됩니다(지금까지 %1건). Contiple의 스팸 방지가 거부하고(코드 1002) 이 주소를 24시간 차단합니다. %2에 한 건 더 접수할 수 있습니다.</translation>
    </message>
    <message>
        <source>Contiple&apos;s spam protection blocks new tickets from this address (code %1) until %2. %3</source>
        <translation>Contiple의 스팸 방지가 %2까지 이 주소의 새 티켓을 차단합니다(코드 %1). %3</translation>
    </message>
    <message>
        <source>New answer on ticket %1</source>
        <translation>티켓 %1에 새 답변</translation>
    </message>
    <message>
        <source>Ticket %1: %2</source>
        <translation>티켓 %1: %2</translation>
    </message>
    <message>
        <source>%1 · %2 · now: %3</source>
        <translation>%1 · %2 · 현재: %3</translation>
    </message>
    <message>
        <source>%n watched ticket(s) changed</source>
        <translation>지켜보는 티켓 %n건이 바뀌었습니다</translation>
    </message>
    <message>
        <source>Watch list offline: tries again at %1.</source>
        <translation>지켜보기 오프라인: %1에 다시 시도합니다.</translation>
    </message>
    <message>
        <source>Watch list: the service is busy; tries again at %1.</source>
        <translation>지켜보기: 서비스가 혼잡합니다. %1에 다시 시도합니다.</translation>
    </message>
    <message>
        <source>Watch list paused: the key or this PC&apos;s address was refused.</source>
        <translation>지켜보기 일시 중지: 키 또는 이 PC의 주소가 거부되었습니다.</translation>
    </message>
</context>
<context>
    <name>DeskShell</name>
    <message>
        <source>Open a ticket or a follow-up first, then insert the snippet.</source>
        <translation>먼저 티켓이나 추가 문의를 연 다음 문구를 넣으세요.</translation>
    </message>
    <message>
        <source>A ticket in the outbox needs you (Ctrl+Shift+B).</source>
        <translation>발송 대기함의 티켓에 확인이 필요합니다(Ctrl+Shift+B).</translation>
    </message>
    <message>
        <source>The outbox filed ticket %1.</source>
        <translation>발송 대기함이 티켓을 접수했습니다: %1</translation>
    </message>
    <message>
        <source>The outbox is not available yet.</source>
        <translation>발송 대기함을 아직 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>The watch list is not available yet.</source>
        <translation>지켜보기를 아직 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>No watched ticket has changed.</source>
        <translation>바뀐 지켜보는 티켓이 없습니다.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>문서 제목</translation>
    </message>
    <message>
        <source>Document details</source>
        <translation>문서 정보</translation>
    </message>
    <message>
        <source>Document error</source>
        <translation>문서 오류</translation>
    </message>
    <message>
        <source>Document body</source>
        <translation>문서 본문</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>링크 복사(&amp;L)</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>링크 복사</translation>
    </message>
    <message>
        <source>&amp;Insert into ticket</source>
        <translation>티켓에 넣기(&amp;I)</translation>
    </message>
    <message>
        <source>Insert into ticket</source>
        <translation>티켓에 넣기</translation>
    </message>
    <message>
        <source>Save as reply &amp;snippet</source>
        <translation>답변 문구로 저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save as reply snippet</source>
        <translation>답변 문구로 저장</translation>
    </message>
    <message>
        <source>Keep this answer as text for follow-ups (Ctrl+Shift+S inserts it)</source>
        <translation>이 답변을 추가 문의용 글로 보관합니다(Ctrl+Shift+S로 넣기)</translation>
    </message>
    <message>
        <source>Select an item to read it here.</source>
        <translation>항목을 선택하면 여기에 내용이 표시됩니다.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>불러오지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>카테고리: %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>수정일 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n view(s)</source>
        <translation>
            <numerusform>조회 %n회</numerusform>
        </translation>
    </message>
    <message>
        <source>Heading: %1</source>
        <translation>말머리: %1</translation>
    </message>
    <message>
        <source>Posted %1</source>
        <translation>게시일 %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>태그: %1</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>상단 고정</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>추천</translation>
    </message>
    <message>
        <source>New</source>
        <translation>새 글</translation>
    </message>
    <message>
        <source>Link copied to the clipboard.</source>
        <translation>링크를 클립보드에 복사했습니다.</translation>
    </message>
    <message>
        <source>Inserted into the ticket.</source>
        <translation>티켓에 넣었습니다.</translation>
    </message>
    <message>
        <source>No ticket is open — copied to the clipboard instead.</source>
        <translation>열려 있는 티켓이 없어 클립보드에 복사했습니다.</translation>
    </message>
    <message>
        <source>Saved as a reply snippet: %1</source>
        <translation>답변 문구로 저장했습니다: %1</translation>
    </message>
    <message>
        <source>Could not save the snippet: %1</source>
        <translation>문구를 저장하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <source>Unsent drafts</source>
        <translation>보내지 않은 임시 저장본</translation>
    </message>
    <message>
        <source>Damaged drafts</source>
        <translation>손상된 임시 저장본</translation>
    </message>
    <message>
        <source>Unsent drafts list</source>
        <translation>보내지 않은 임시 저장본 목록</translation>
    </message>
    <message>
        <source>Unsent draft</source>
        <translation>보내지 않은 임시 저장본</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <source>Restore draft</source>
        <translation>임시 저장본 복원</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>임시 저장본 삭제</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>나중에</translation>
    </message>
    <message>
        <source>Hide drafts</source>
        <translation>임시 저장본 숨기기</translation>
    </message>
    <message>
        <source>Discard the selected draft for good? This cannot be undone.</source>
        <translation>선택한 임시 저장본을 완전히 삭제할까요? 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Confirm discard</source>
        <translation>삭제 확인</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>유지</translation>
    </message>
    <message>
        <source>Keep draft</source>
        <translation>임시 저장본 유지</translation>
    </message>
    <message>
        <source>(no caller)</source>
        <translation>(고객 없음)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message numerus="yes">
        <source>%n unsent ticket draft(s) found. Restore one to continue where you left off.</source>
        <translation>
            <numerusform>보내지 않은 티켓 임시 저장본이 %n개 있습니다. 복원하면 작업하던 곳부터 이어서 작성할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsent draft: %1</source>
        <translation>보내지 않은 임시 저장본: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) could not be read (the file is damaged). Nothing was deleted: it was kept in %1 for your IT support.</source>
        <translation>
            <numerusform>임시 저장본 %n개를 읽을 수 없습니다(파일 손상). 삭제된 것은 없으며, IT 지원 담당자를 위해 %1에 보관했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DropdownField</name>
    <message>
        <source>— choose —</source>
        <translation>— 선택 —</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Error title</source>
        <translation>오류 제목</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>오류 내용</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>조치 방법</translation>
    </message>
    <message>
        <source>Repeated</source>
        <translation>반복</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>세부 정보 복사</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Occurrences: %1</source>
        <translation>발생 횟수: %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>복사됨</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The request may have reached Contiple although no answer came back. Check the customer&apos;s ticket list before sending it again.</source>
        <translation>응답은 없었지만 요청이 Contiple에 도달했을 수 있습니다. 다시 보내기 전에 고객의 티켓 목록을 확인하세요.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>예기치 않은 오류</translation>
    </message>
    <message>
        <source>An unexpected error occurred: %1</source>
        <translation>예기치 않은 오류가 발생했습니다: %1</translation>
    </message>
    <message>
        <source>Use “Copy details” and send the text to your IT support.</source>
        <translation>“세부 정보 복사”를 눌러 내용을 IT 지원팀에 보내 주세요.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>작업이 취소되었습니다.</translation>
    </message>
    <message>
        <source>The connection profile cannot be used</source>
        <translation>연결 프로필을 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>The connection settings are incomplete or invalid: %1</source>
        <translation>연결 설정이 불완전하거나 잘못되었습니다: %1</translation>
    </message>
    <message>
        <source>Open File ▸ Connection profiles… and check the domain, service ID and organization ID.</source>
        <translation>파일 ▸ 연결 프로필…을 열어 도메인, 서비스 ID, 조직 ID를 확인하세요.</translation>
    </message>
    <message>
        <source>No password store</source>
        <translation>암호 저장소 없음</translation>
    </message>
    <message>
        <source>This PC has no system keyring, so the API key cannot be stored safely.</source>
        <translation>이 PC에는 시스템 키링이 없어 API 키를 안전하게 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Ask IT to enable a keyring (GNOME Keyring, KWallet, Windows Credential Manager), or enter the key for this session only.</source>
        <translation>IT 담당자에게 키링(GNOME Keyring, KWallet, Windows 자격 증명 관리자) 활성화를 요청하거나, 이번 세션에서만 키를 입력하세요.</translation>
    </message>
    <message>
        <source>Password store locked</source>
        <translation>암호 저장소 잠김</translation>
    </message>
    <message>
        <source>The system keyring is locked or refused access to the API key.</source>
        <translation>시스템 키링이 잠겨 있거나 API 키 접근을 거부했습니다.</translation>
    </message>
    <message>
        <source>Unlock the keyring (accept its prompt or sign in again), then retry.</source>
        <translation>키링 잠금을 해제한 뒤(확인 창을 수락하거나 다시 로그인) 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Password store error</source>
        <translation>암호 저장소 오류</translation>
    </message>
    <message>
        <source>The system keyring could not store or return the API key.</source>
        <translation>시스템 키링이 API 키를 저장하거나 읽지 못했습니다.</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, enter the key for this session only.</source>
        <translation>다시 시도하세요. 계속 실패하면 이번 세션에서만 키를 입력하세요.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>문제가 발생했습니다</translation>
    </message>
    <message>
        <source>Contiple is busy. Try again in %n second(s).</source>
        <translation>Contiple이 혼잡합니다. %n초 후에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Contiple is busy. Try again at %1.</source>
        <translation>Contiple이 혼잡합니다. %1에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Contiple is busy</source>
        <translation>Contiple 혼잡</translation>
    </message>
    <message>
        <source>Nothing was changed. If it happens often, Contiple may be under maintenance.</source>
        <translation>변경된 것은 없습니다. 자주 발생하면 Contiple이 점검 중일 수 있습니다.</translation>
    </message>
    <message>
        <source>The server&apos;s clock looks wrong</source>
        <translation>서버 시계가 이상합니다</translation>
    </message>
    <message>
        <source>Contiple refused the request time, and the time its server reported (%1) cannot be right, so it was ignored.</source>
        <translation>Contiple이 요청 시각을 거부했고, 서버가 알려 준 시각(%1)은 맞을 수 없어 무시했습니다.</translation>
    </message>
    <message>
        <source>Check that this PC&apos;s date and time are correct. If they are, the problem is on Contiple&apos;s side: try again in a few minutes and tell IT if it continues.</source>
        <translation>이 PC의 날짜와 시각이 맞는지 확인하세요. 맞다면 Contiple 쪽 문제입니다. 몇 분 후 다시 시도하고, 계속되면 IT 담당자에게 알리세요.</translation>
    </message>
    <message>
        <source>the Contiple service</source>
        <translation>Contiple 서비스</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>응답 시간 초과</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1에서 제시간에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>The service or the network may be slow. Wait a moment and try again.</source>
        <translation>서비스나 네트워크가 느릴 수 있습니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Unexpected answer from the server</source>
        <translation>서버의 예상치 못한 응답</translation>
    </message>
    <message>
        <source>The server answered with something that is not a Contiple response (HTTP %1).</source>
        <translation>서버가 Contiple 응답이 아닌 내용을 보냈습니다(HTTP %1).</translation>
    </message>
    <message>
        <source>A proxy, a login page of the office network or Contiple maintenance may be in the way. Try again later or ask IT.</source>
        <translation>프록시, 사내 네트워크 로그인 페이지 또는 Contiple 점검 때문일 수 있습니다. 나중에 다시 시도하거나 IT 담당자에게 문의하세요.</translation>
    </message>
    <message>
        <source>Cannot reach Contiple</source>
        <translation>Contiple에 연결할 수 없습니다</translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation>%1에 연결하지 못했습니다.</translation>
    </message>
    <message>
        <source>Check the network connection and, if your office uses one, the VPN.</source>
        <translation>네트워크 연결과, 사내에서 사용한다면 VPN을 확인하세요.</translation>
    </message>
    <message>
        <source>The request was sent without a signature.</source>
        <translation>요청이 서명 없이 전송되었습니다.</translation>
    </message>
    <message>
        <source>Enter the service API key in File ▸ Connection profiles…</source>
        <translation>파일 ▸ 연결 프로필…에서 서비스 API 키를 입력하세요.</translation>
    </message>
    <message>
        <source>Contiple refused the request time stamp.</source>
        <translation>Contiple이 요청 타임스탬프를 거부했습니다.</translation>
    </message>
    <message>
        <source>This is a defect in Contiple Desktop. Use “Copy details” and report it.</source>
        <translation>Contiple Desktop의 결함입니다. “세부 정보 복사”로 내용을 복사해 신고해 주세요.</translation>
    </message>
    <message>
        <source>Contiple refused the request because its time stamp is more than 5 minutes off.</source>
        <translation>요청 타임스탬프가 5분 이상 차이가 나서 Contiple이 요청을 거부했습니다.</translation>
    </message>
    <message>
        <source>Check that the PC clock, date and time zone are set correctly.</source>
        <translation>PC의 시계, 날짜, 시간대가 올바른지 확인하세요.</translation>
    </message>
    <message>
        <source>The upload reached Contiple without its file.</source>
        <translation>업로드 요청이 파일 없이 Contiple에 도착했습니다.</translation>
    </message>
    <message>
        <source>Attach the file again. If it happens again, use “Copy details” and report it.</source>
        <translation>파일을 다시 첨부하세요. 다시 발생하면 “세부 정보 복사”로 복사해 신고해 주세요.</translation>
    </message>
    <message>
        <source>Contiple did not accept the API key: the signature is incorrect.</source>
        <translation>Contiple이 API 키를 받아들이지 않았습니다: 서명이 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>Check the API key and the organization ID in File ▸ Connection profiles… The administrator may have generated a new key (Service Management ▸ Authentication).</source>
        <translation>파일 ▸ 연결 프로필…에서 API 키와 조직 ID를 확인하세요. 관리자가 새 키를 발급했을 수 있습니다(서비스 관리 ▸ 인증).</translation>
    </message>
    <message>
        <source>Contiple rejected a request parameter.</source>
        <translation>Contiple이 요청 파라미터를 거부했습니다.</translation>
    </message>
    <message>
        <source>Use “Copy details” and report it; check the profile&apos;s service ID meanwhile.</source>
        <translation>“세부 정보 복사”로 신고해 주세요. 그동안 프로필의 서비스 ID를 확인하세요.</translation>
    </message>
    <message>
        <source>Contiple refused the request&apos;s authentication.</source>
        <translation>Contiple이 요청 인증을 거부했습니다.</translation>
    </message>
    <message>
        <source>Check the API key and organization ID in File ▸ Connection profiles…</source>
        <translation>파일 ▸ 연결 프로필…에서 API 키와 조직 ID를 확인하세요.</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>인증 실패</translation>
    </message>
    <message>
        <source>Open API not enabled</source>
        <translation>Open API가 활성화되지 않음</translation>
    </message>
    <message>
        <source>This Contiple service has no API key: its Open API is not enabled.</source>
        <translation>이 Contiple 서비스에는 API 키가 없습니다: Open API가 활성화되지 않았습니다.</translation>
    </message>
    <message>
        <source>Ask the Contiple administrator to enable the Open API (Service Management ▸ Authentication) and give you the key.</source>
        <translation>Contiple 관리자에게 Open API 활성화(서비스 관리 ▸ 인증)와 키 전달을 요청하세요.</translation>
    </message>
    <message>
        <source>This PC is not allowed</source>
        <translation>이 PC는 허용되지 않습니다</translation>
    </message>
    <message>
        <source>Contiple does not accept requests from this PC&apos;s network address.</source>
        <translation>Contiple이 이 PC의 네트워크 주소에서 오는 요청을 받지 않습니다.</translation>
    </message>
    <message>
        <source>Ask the Contiple administrator to allow this PC&apos;s IP address in the service&apos;s security settings.</source>
        <translation>Contiple 관리자에게 서비스 보안 설정에서 이 PC의 IP 주소를 허용해 달라고 요청하세요.</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>접근 거부</translation>
    </message>
    <message>
        <source>Contiple denied access to this service.</source>
        <translation>Contiple이 이 서비스에 대한 접근을 거부했습니다.</translation>
    </message>
    <message>
        <source>Ask the Contiple administrator to check the Open API settings.</source>
        <translation>Contiple 관리자에게 Open API 설정 확인을 요청하세요.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>찾을 수 없음</translation>
    </message>
    <message>
        <source>Contiple has no such item. It may have been deleted, or the ID or user code is wrong.</source>
        <translation>Contiple에 해당 항목이 없습니다. 삭제되었거나 ID 또는 사용자 코드가 잘못되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>Check the user code or reload the list.</source>
        <translation>사용자 코드를 확인하거나 목록을 새로 고치세요.</translation>
    </message>
    <message>
        <source>Already exists</source>
        <translation>이미 존재함</translation>
    </message>
    <message>
        <source>Contiple already has this data.</source>
        <translation>Contiple에 이미 같은 데이터가 있습니다.</translation>
    </message>
    <message>
        <source>Reload to see the current state before trying again.</source>
        <translation>다시 시도하기 전에 새로 고쳐 현재 상태를 확인하세요.</translation>
    </message>
    <message>
        <source>Contiple server error</source>
        <translation>Contiple 서버 오류</translation>
    </message>
    <message>
        <source>Contiple reported an internal error (code %1).</source>
        <translation>Contiple에서 내부 오류가 발생했습니다(코드 %1).</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it persists, use “Copy details” and send the text to Contiple support.</source>
        <translation>몇 분 후 다시 시도하세요. 계속되면 “세부 정보 복사”로 복사해 Contiple 지원팀에 보내 주세요.</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>요청 거부</translation>
    </message>
    <message>
        <source>Contiple refused the request (code %1): %2</source>
        <translation>Contiple이 요청을 거부했습니다(코드 %1): %2</translation>
    </message>
    <message>
        <source>Contiple refused the request time even after correcting for the PC clock.</source>
        <translation>PC 시계를 보정한 뒤에도 Contiple이 요청 시각을 거부했습니다.</translation>
    </message>
    <message>
        <source>Your PC clock is %n minutes behind; correct it in the system settings.</source>
        <translation>PC 시계가 %n분 느립니다. 시스템 설정에서 시간을 맞추세요.</translation>
    </message>
    <message>
        <source>Your PC clock is %n minutes ahead; correct it in the system settings.</source>
        <translation>PC 시계가 %n분 빠릅니다. 시스템 설정에서 시간을 맞추세요.</translation>
    </message>
    <message>
        <source>PC clock is off</source>
        <translation>PC 시계가 맞지 않습니다</translation>
    </message>
    <message>
        <source>Turn on “Set time automatically” in the date and time settings, then try again.</source>
        <translation>날짜 및 시간 설정에서 “자동으로 시간 설정”을 켠 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>필수 입력</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>너무 김</translation>
    </message>
    <message>
        <source>invalid value</source>
        <translation>잘못된 값</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>허용되지 않음</translation>
    </message>
    <message>
        <source>Some fields were not accepted</source>
        <translation>일부 항목이 거부되었습니다</translation>
    </message>
    <message>
        <source>Contiple rejected these fields: %1</source>
        <translation>Contiple이 다음 항목을 거부했습니다: %1</translation>
    </message>
    <message>
        <source>Correct the marked fields and submit again.</source>
        <translation>표시된 항목을 수정한 뒤 다시 제출하세요.</translation>
    </message>
    <message>
        <source>Contiple&apos;s spam protection counted 3 or more tickets from this address within one minute and blocks new tickets from it for 24 hours.</source>
        <translation>Contiple 스팸 방지 기능이 이 주소에서 1분 안에 3건 이상의 티켓을 감지하여 24시간 동안 새 티켓 접수를 차단합니다.</translation>
    </message>
    <message>
        <source>Contiple&apos;s spam protection counted 10 or more tickets from this address within 24 hours and blocks new tickets from it for 24 hours.</source>
        <translation>Contiple 스팸 방지 기능이 이 주소에서 24시간 안에 10건 이상의 티켓을 감지하여 24시간 동안 새 티켓 접수를 차단합니다.</translation>
    </message>
    <message>
        <source>Ticket limit reached</source>
        <translation>티켓 접수 한도 초과</translation>
    </message>
    <message>
        <source>Ask the administrator to review Service Management ▸ Security ▸ Spam Management. Tickets filed with the caller&apos;s IP address (OC-Client-IP) are counted per caller instead of per office.</source>
        <translation>관리자에게 서비스 관리 ▸ 보안 ▸ 스팸 관리 설정 검토를 요청하세요. 고객의 IP 주소(OC-Client-IP)와 함께 접수한 티켓은 사무실 단위가 아니라 고객 단위로 집계됩니다.</translation>
    </message>
    <message>
        <source>Files must be smaller than 10 MB.</source>
        <translation>파일은 10MB보다 작아야 합니다.</translation>
    </message>
    <message>
        <source>File names must be shorter than 100 characters.</source>
        <translation>파일 이름은 100자보다 짧아야 합니다.</translation>
    </message>
    <message>
        <source>This file type cannot be attached.</source>
        <translation>이 형식의 파일은 첨부할 수 없습니다.</translation>
    </message>
    <message>
        <source>The file&apos;s content does not match its type, or it is damaged.</source>
        <translation>파일 내용이 형식과 맞지 않거나 파일이 손상되었습니다.</translation>
    </message>
    <message>
        <source>At most 5 files can be attached.</source>
        <translation>파일은 최대 5개까지 첨부할 수 있습니다.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>파일을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>File not attached</source>
        <translation>파일이 첨부되지 않음</translation>
    </message>
    <message>
        <source>The customer lookup refused the request (wrong security key, or this PC is not allowed).</source>
        <translation>고객 조회 API가 요청을 거부했습니다(보안 키가 틀렸거나 이 PC가 허용되지 않음).</translation>
    </message>
    <message>
        <source>The customer lookup needs a security key, and none is stored for this profile.</source>
        <translation>고객 조회에 보안 키가 필요한데, 이 프로필에 저장된 키가 없습니다.</translation>
    </message>
    <message>
        <source>The customer lookup did not answer in time.</source>
        <translation>고객 조회 API가 제시간에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>The customer lookup could not be reached.</source>
        <translation>고객 조회 API에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>The customer lookup answered with something that is not a customer record.</source>
        <translation>고객 조회 API가 고객 정보가 아닌 응답을 보냈습니다.</translation>
    </message>
    <message>
        <source>The customer lookup reported an error (HTTP %1).</source>
        <translation>고객 조회 API에서 오류가 발생했습니다(HTTP %1).</translation>
    </message>
    <message>
        <source>Customer lookup failed</source>
        <translation>고객 조회 실패</translation>
    </message>
    <message>
        <source>Type the caller&apos;s details by hand; the ticket can be filed as usual. An administrator can check the lookup in File ▸ Connection profiles…</source>
        <translation>발신자 정보를 직접 입력하세요. 티켓은 평소처럼 접수할 수 있습니다. 관리자는 파일 ▸ 연결 프로필…에서 조회 설정을 확인할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>FaqTab</name>
    <message>
        <source>Search FAQs</source>
        <translation>FAQ 검색</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <source>Filter categories</source>
        <translation>카테고리 필터</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>전체 카테고리</translation>
    </message>
    <message>
        <source>FAQ categories</source>
        <translation>FAQ 카테고리</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>카테고리(&amp;C)</translation>
    </message>
</context>
<context>
    <name>FieldWidget</name>
    <message>
        <source>[image]</source>
        <translation>[이미지]</translation>
    </message>
    <message>
        <source>[image: %1]</source>
        <translation>[이미지: %1]</translation>
    </message>
    <message>
        <source>Unnamed field</source>
        <translation>이름 없는 항목</translation>
    </message>
    <message>
        <source>Error in %1</source>
        <translation>%1 오류</translation>
    </message>
    <message>
        <source>This field cannot be shown: its type “%1” is not supported by this app.</source>
        <translation>이 항목은 표시할 수 없습니다. 이 앱은 “%1” 유형을 지원하지 않습니다.</translation>
    </message>
    <message>
        <source>This field cannot be shown: the service sent it without a type.</source>
        <translation>이 항목은 표시할 수 없습니다. 서비스가 유형 없이 보냈습니다.</translation>
    </message>
    <message>
        <source>This field cannot be shown: the service sent it without options.</source>
        <translation>이 항목은 표시할 수 없습니다. 서비스가 선택지 없이 보냈습니다.</translation>
    </message>
    <message>
        <source>This field cannot be shown: the service sent it without a code.</source>
        <translation>이 항목은 표시할 수 없습니다. 서비스가 코드 없이 보냈습니다.</translation>
    </message>
    <message>
        <source>This field cannot be shown: the service sent it without an ID.</source>
        <translation>이 항목은 표시할 수 없습니다. 서비스가 ID 없이 보냈습니다.</translation>
    </message>
    <message>
        <source>This field cannot be shown: a field above already uses its code “%1”.</source>
        <translation>이 항목은 표시할 수 없습니다. 위의 항목이 이미 같은 코드 “%1”를 씁니다.</translation>
    </message>
    <message>
        <source>This field cannot be shown: the service sent it in a form the app cannot read.</source>
        <translation>이 항목은 표시할 수 없습니다. 서비스가 앱이 읽을 수 없는 형식으로 보냈습니다.</translation>
    </message>
    <message>
        <source>It is required, so the service may refuse the ticket until an administrator fixes the form.</source>
        <translation>필수 항목이므로 관리자가 양식을 고칠 때까지 서비스가 티켓을 거부할 수 있습니다.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>필수 항목입니다.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Status filter</source>
        <translation>상태 필터</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>전체 상태</translation>
    </message>
    <message>
        <source>Inquiry type filter</source>
        <translation>문의 유형 필터</translation>
    </message>
    <message>
        <source>All inquiry types</source>
        <translation>전체 문의 유형</translation>
    </message>
    <message>
        <source>Period filter</source>
        <translation>기간 필터</translation>
    </message>
    <message>
        <source>Creation date; applied on this PC because the API has no period filter</source>
        <translation>생성일 기준입니다. API에 기간 필터가 없어 이 PC에서 적용합니다.</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>전체 기간</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>최근 7일</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>최근 30일</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>최근 90일</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>최근 12개월</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>상태(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Inquiry type:</source>
        <translation>문의 유형(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>기간(&amp;P):</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>OK</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>참고</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>Connection test results</source>
        <translation>연결 테스트 결과</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>연결 테스트 중</translation>
    </message>
    <message>
        <source>Connection test summary</source>
        <translation>연결 테스트 요약</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>연결을 테스트하는 중…</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>연결이 정상입니다.</translation>
    </message>
    <message>
        <source>The connection does not work yet:</source>
        <translation>아직 연결되지 않습니다:</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Contiple Desktop</source>
        <translation>Contiple Desktop에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>환영합니다</translation>
    </message>
    <message>
        <source>Contiple Desktop works with your company&apos;s Contiple help desk. To connect you need the domain, service ID, organization ID and the service API key from your Contiple administrator. You can also look around in a demo workspace first.</source>
        <translation>Contiple Desktop은 회사의 Contiple 헬프데스크와 함께 동작합니다. 연결하려면 Contiple 관리자에게 도메인, 서비스 ID, 조직 ID, 서비스 API 키를 받아야 합니다. 먼저 데모 작업 공간에서 둘러볼 수도 있습니다.</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>소개</translation>
    </message>
    <message>
        <source>Connect to Contiple…</source>
        <translation>Contiple에 연결…</translation>
    </message>
    <message>
        <source>Enter the connection details of your service.</source>
        <translation>서비스의 연결 정보를 입력합니다.</translation>
    </message>
    <message>
        <source>Connect to Contiple</source>
        <translation>Contiple에 연결</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>데모 작업 공간 열기</translation>
    </message>
    <message>
        <source>Sample data on this computer only; nothing is sent anywhere.</source>
        <translation>이 컴퓨터에만 있는 샘플 데이터이며, 어디로도 전송되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>FollowUpComposer</name>
    <message>
        <source>Follow-up for the customer</source>
        <translation>고객의 추가 문의</translation>
    </message>
    <message>
        <source>Follow-up text</source>
        <translation>추가 문의 내용</translation>
    </message>
    <message>
        <source>Type the caller&apos;s follow-up question (Ctrl+Enter sends)</source>
        <translation>고객의 추가 문의 내용을 입력하세요(Ctrl+Enter로 전송)</translation>
    </message>
    <message>
        <source>Follow-up attachments</source>
        <translation>추가 문의 첨부 파일</translation>
    </message>
    <message>
        <source>Follow-up error</source>
        <translation>추가 문의 오류</translation>
    </message>
    <message>
        <source>Follow-up status</source>
        <translation>추가 문의 상태</translation>
    </message>
    <message>
        <source>Send follow-up</source>
        <translation>추가 문의 보내기</translation>
    </message>
    <message>
        <source>Send the follow-up to the ticket (Ctrl+Enter)</source>
        <translation>추가 문의를 티켓에 보냅니다(Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Restored an unsent follow-up draft.</source>
        <translation>보내지 않은 추가 문의 임시 저장본을 복원했습니다.</translation>
    </message>
    <message>
        <source>Retry or remove the files that did not upload: %1</source>
        <translation>업로드되지 않은 파일을 다시 시도하거나 제거하세요: %1</translation>
    </message>
    <message>
        <source>At most 5 files can be attached.</source>
        <translation>파일은 최대 5개까지 첨부할 수 있습니다.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>보내는 중…</translation>
    </message>
    <message>
        <source>Follow-up sent.</source>
        <translation>추가 문의를 보냈습니다.</translation>
    </message>
    <message>
        <source>The connection dropped, but the follow-up did arrive.</source>
        <translation>연결이 끊겼지만 추가 문의는 정상적으로 도착했습니다.</translation>
    </message>
    <message>
        <source>The follow-up did not reach the server. Your text is kept; you can send it again.</source>
        <translation>추가 문의가 서버에 도착하지 않았습니다. 입력한 내용은 그대로 있으니 다시 보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>Could not check whether the follow-up arrived (%1). Look at the conversation (F5 reloads) before sending again.</source>
        <translation>추가 문의가 도착했는지 확인하지 못했습니다(%1). 다시 보내기 전에 대화 내용을 확인하세요(F5로 새로 고침).</translation>
    </message>
    <message>
        <source>The server no longer knows one of the attachments (or related data). Remove and attach the files again, then send. Your text is kept.</source>
        <translation>서버에서 첨부 파일(또는 관련 데이터) 중 하나를 찾을 수 없습니다. 파일을 제거하고 다시 첨부한 뒤 보내세요. 입력한 내용은 그대로 있습니다.</translation>
    </message>
    <message>
        <source>This ticket was not found for this customer. Your text is kept.</source>
        <translation>이 고객의 티켓 중에서 해당 티켓을 찾을 수 없습니다. 입력한 내용은 그대로 있습니다.</translation>
    </message>
    <message>
        <source>The follow-up was not sent: %1</source>
        <translation>추가 문의를 보내지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Your text and files are kept. Send again when ready.</source>
        <translation>입력한 내용과 파일은 그대로 있습니다. 준비되면 다시 보내세요.</translation>
    </message>
</context>
<context>
    <name>HelpCenterList</name>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>수정일</translation>
    </message>
    <message>
        <source>Top: pinned · Rec.: recommended · New: new today</source>
        <translation>고정: 상단 고정 · 추천: 추천 글 · 새 글: 오늘 등록</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>고정</translation>
    </message>
    <message>
        <source>Rec.</source>
        <translation>추천</translation>
    </message>
    <message>
        <source>New</source>
        <translation>새 글</translation>
    </message>
    <message>
        <source>Pinned to the top</source>
        <translation>상단 고정</translation>
    </message>
    <message>
        <source>Recommended in its category</source>
        <translation>카테고리 추천 글</translation>
    </message>
    <message>
        <source>New today</source>
        <translation>오늘 등록</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>말머리</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
</context>
<context>
    <name>HelpCenterPanel</name>
    <message>
        <source>Help Center</source>
        <translation>헬프센터</translation>
    </message>
    <message>
        <source>Content language</source>
        <translation>콘텐츠 언어</translation>
    </message>
    <message>
        <source>Language of the Help Center content</source>
        <translation>헬프센터 콘텐츠의 언어</translation>
    </message>
    <message>
        <source>Content &amp;language</source>
        <translation>콘텐츠 언어(&amp;L)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Reload from the server (F5)</source>
        <translation>서버에서 다시 불러오기(F5)</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>불러오는 중</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Help Center sections</source>
        <translation>헬프센터 메뉴</translation>
    </message>
    <message>
        <source>&amp;FAQ</source>
        <translation>FAQ(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Notices</source>
        <translation>공지사항(&amp;N)</translation>
    </message>
    <message>
        <source>Not connected to a Contiple service.</source>
        <translation>Contiple 서비스에 연결되지 않았습니다.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>새로 고치는 중…</translation>
    </message>
    <message>
        <source>Refreshed.</source>
        <translation>새로 고쳤습니다.</translation>
    </message>
</context>
<context>
    <name>HistoryBadge</name>
    <message>
        <source>Ticket updates</source>
        <translation>티켓 변경</translation>
    </message>
    <message>
        <source>click to open the newest</source>
        <translation>클릭하면 가장 최근 것을 엽니다</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Customer history</source>
        <translation>고객 문의 내역</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Reload the list and the open ticket (F5)</source>
        <translation>목록과 열린 티켓을 다시 불러오기(F5)</translation>
    </message>
    <message>
        <source>New ticket for this customer</source>
        <translation>이 고객의 새 티켓</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>티켓</translation>
    </message>
    <message>
        <source>Look up a caller by phone or user code: type it in the box above and press Enter. Their tickets appear here.</source>
        <translation>전화번호나 사용자 코드로 고객을 조회하세요. 위 입력란에 입력하고 Enter를 누르면 고객의 티켓이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>다음에 할 일</translation>
    </message>
    <message>
        <source>List status</source>
        <translation>목록 상태</translation>
    </message>
    <message>
        <source>List error</source>
        <translation>목록 오류</translation>
    </message>
    <message>
        <source>Loading tickets…</source>
        <translation>티켓을 불러오는 중…</translation>
    </message>
    <message>
        <source>No tickets found for user code %1.</source>
        <translation>사용자 코드 %1의 티켓이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>티켓 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 tickets shown; scroll down for more.</source>
        <translation>티켓 %2건 중 %1건을 표시했습니다. 아래로 스크롤하면 더 불러옵니다.</translation>
    </message>
    <message>
        <source>Could not load the tickets: %1</source>
        <translation>티켓 목록을 불러오지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>InlineError</name>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Error title</source>
        <translation>오류 제목</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>오류 내용</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>조치 방법</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>오류 세부 정보</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n s…</source>
        <translation>
            <numerusform>%n초 후 다시 시도합니다…</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>세부 정보 숨기기</translation>
    </message>
</context>
<context>
    <name>KeyringNotice</name>
    <message>
        <source>Keyring problem</source>
        <translation>키링 문제</translation>
    </message>
    <message>
        <source>Keyring explanation</source>
        <translation>키링 설명</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>이번 세션에서만 사용</translation>
    </message>
    <message>
        <source>The system keyring is locked or refused access (for example, the unlock prompt was dismissed), so the API key was not saved. Unlock the keyring and save again, or use the key for this session only; you will need to enter it again next time.</source>
        <translation>시스템 키링이 잠겨 있거나 접근을 거부해서(예: 잠금 해제 창을 닫은 경우) API 키를 저장하지 못했습니다. 키링 잠금을 해제하고 다시 저장하거나, 이번 세션에서만 키를 사용하세요. 이 경우 다음에 다시 입력해야 합니다.</translation>
    </message>
    <message>
        <source>No system keyring is available, so the API key cannot be saved. You can use it for this session only; you will need to enter it again next time.</source>
        <translation>사용할 수 있는 시스템 키링이 없어 API 키를 저장할 수 없습니다. 이번 세션에서만 사용할 수 있으며, 다음에 다시 입력해야 합니다.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Current work area</source>
        <translation>현재 작업 영역</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>화면 언어</translation>
    </message>
    <message>
        <source>The new interface language is used after Contiple Desktop restarts.</source>
        <translation>새 화면 언어는 Contiple Desktop을 다시 시작한 뒤 적용됩니다.</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>진단 정보를 클립보드에 복사했습니다.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Help Center</source>
        <translation>헬프센터</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>새 티켓</translation>
    </message>
    <message>
        <source>Customer history</source>
        <translation>고객 문의 내역</translation>
    </message>
</context>
<context>
    <name>NavigationList</name>
    <message>
        <source>Work areas</source>
        <translation>작업 영역</translation>
    </message>
</context>
<context>
    <name>NewTicketPanel</name>
    <message>
        <source>New ticket</source>
        <translation>새 티켓</translation>
    </message>
    <message>
        <source>Form status</source>
        <translation>입력 양식 상태</translation>
    </message>
    <message>
        <source>Text waiting to be inserted</source>
        <translation>넣기를 기다리는 글</translation>
    </message>
    <message>
        <source>Draft status</source>
        <translation>임시 저장 상태</translation>
    </message>
    <message>
        <source>Discard draft…</source>
        <translation>임시 저장본 삭제…</translation>
    </message>
    <message>
        <source>Discard this ticket draft</source>
        <translation>이 티켓 임시 저장본 삭제</translation>
    </message>
    <message>
        <source>Really discard? Click to confirm</source>
        <translation>정말 삭제할까요? 클릭하면 삭제됩니다</translation>
    </message>
    <message>
        <source>Confirm discarding this ticket draft</source>
        <translation>이 티켓 임시 저장본 삭제 확인</translation>
    </message>
    <message>
        <source>Submit ticket</source>
        <translation>티켓 접수</translation>
    </message>
    <message>
        <source>Submit (Ctrl+Enter)</source>
        <translation>접수(Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Recent tickets</source>
        <translation>최근 티켓</translation>
    </message>
    <message>
        <source>Show the caller&apos;s recent tickets</source>
        <translation>고객의 최근 티켓 보기</translation>
    </message>
    <message>
        <source>Show or hide the caller&apos;s recent tickets beside the form</source>
        <translation>입력 양식 옆에 고객의 최근 티켓을 표시하거나 숨깁니다</translation>
    </message>
    <message>
        <source>Inquiry type</source>
        <translation>문의 유형</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>변경…</translation>
    </message>
    <message>
        <source>Change inquiry type</source>
        <translation>문의 유형 변경</translation>
    </message>
    <message>
        <source>Choose another inquiry type (Ctrl+Shift+T)</source>
        <translation>다른 문의 유형 선택(Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Choose an inquiry type on the left to load its form.</source>
        <translation>왼쪽에서 문의 유형을 선택하면 입력 양식이 표시됩니다.</translation>
    </message>
    <message>
        <source>Inquiry type: %1</source>
        <translation>문의 유형: %1</translation>
    </message>
    <message>
        <source>This text goes into the Details field once you choose an inquiry type:</source>
        <translation>문의 유형을 고르면 이 글이 내용 항목에 들어갑니다:</translation>
    </message>
    <message>
        <source>This caller&apos;s ticket was not sent. Press Next caller again to discard it, or submit it first.</source>
        <translation>이 고객의 티켓은 접수되지 않았습니다. 버리려면 다음 고객을 한 번 더 누르고, 아니면 먼저 접수하세요.</translation>
    </message>
    <message>
        <source>Ready for the next caller.</source>
        <translation>다음 고객을 받을 준비가 되었습니다.</translation>
    </message>
    <message>
        <source>Connect to a Contiple service to file tickets.</source>
        <translation>티켓을 접수하려면 Contiple 서비스에 연결하세요.</translation>
    </message>
    <message>
        <source>The saved inquiry type no longer exists; choose another.</source>
        <translation>저장된 문의 유형이 더 이상 없습니다. 다른 유형을 선택하세요.</translation>
    </message>
    <message>
        <source>Loading the form…</source>
        <translation>입력 양식을 불러오는 중…</translation>
    </message>
    <message>
        <source>Draft saved automatically.</source>
        <translation>임시 저장되었습니다.</translation>
    </message>
    <message>
        <source>Loading the inquiry types…</source>
        <translation>문의 유형을 불러오는 중…</translation>
    </message>
    <message>
        <source>Draft restored.</source>
        <translation>임시 저장본을 복원했습니다.</translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation>임시 저장본을 삭제했습니다.</translation>
    </message>
    <message>
        <source>Choose an inquiry type first.</source>
        <translation>먼저 문의 유형을 선택하세요.</translation>
    </message>
    <message>
        <source>Waiting for attachments to finish uploading…</source>
        <translation>첨부 파일 업로드가 끝나기를 기다리는 중…</translation>
    </message>
    <message>
        <source>These files are not attached yet: %1. Retry or remove them.</source>
        <translation>다음 파일이 아직 첨부되지 않았습니다: %1. 다시 시도하거나 제거하세요.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>보내는 중…</translation>
    </message>
    <message>
        <source>Ticket sent; the draft was removed.</source>
        <translation>티켓을 접수했고 임시 저장본을 삭제했습니다.</translation>
    </message>
</context>
<context>
    <name>NoticeTab</name>
    <message>
        <source>Search notices</source>
        <translation>공지사항 검색</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>공지사항</translation>
    </message>
    <message>
        <source>Notice headings</source>
        <translation>공지사항 말머리</translation>
    </message>
    <message>
        <source>All headings</source>
        <translation>전체 말머리</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>&amp;Headings</source>
        <translation>말머리(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>태그(&amp;T)</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>전체 태그</translation>
    </message>
</context>
<context>
    <name>OutboxCount</name>
    <message>
        <source>Click to open the outbox (Ctrl+Shift+B).</source>
        <translation>클릭하면 발송 대기함을 엽니다(Ctrl+Shift+B).</translation>
    </message>
</context>
<context>
    <name>OutboxItemPane</name>
    <message>
        <source>Outbox item</source>
        <translation>발송 대기 항목</translation>
    </message>
    <message>
        <source>Outbox item subject</source>
        <translation>발송 대기 항목 제목</translation>
    </message>
    <message>
        <source>Outbox item details</source>
        <translation>발송 대기 항목 상세</translation>
    </message>
    <message>
        <source>Outbox item state</source>
        <translation>발송 대기 항목 상태</translation>
    </message>
    <message>
        <source>Filed ticket ID</source>
        <translation>접수된 티켓 ID</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy filed ticket ID</source>
        <translation>접수된 티켓 ID 복사</translation>
    </message>
    <message>
        <source>Open in customer history</source>
        <translation>고객 문의 내역에서 열기</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>다시 시도(&amp;R)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>It &amp;was sent…</source>
        <translation>접수되었음(&amp;W)…</translation>
    </message>
    <message>
        <source>It was sent</source>
        <translation>접수되었음</translation>
    </message>
    <message>
        <source>It was &amp;not sent</source>
        <translation>접수되지 않았음(&amp;N)</translation>
    </message>
    <message>
        <source>It was not sent</source>
        <translation>접수되지 않았음</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Ticket ID found on the server</source>
        <translation>서버에서 찾은 티켓 ID</translation>
    </message>
    <message>
        <source>Ticket ID, if you have it (optional)</source>
        <translation>티켓 ID(있으면, 선택)</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>접수됨으로 표시</translation>
    </message>
    <message>
        <source>Discard this ticket for good? It will not be sent.</source>
        <translation>이 티켓을 완전히 삭제할까요? 접수되지 않습니다.</translation>
    </message>
    <message>
        <source>Confirm discard</source>
        <translation>삭제 확인</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>유지</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>남겨 두기</translation>
    </message>
    <message>
        <source>Select an item to see where it stands.</source>
        <translation>항목을 선택하면 현재 상태를 볼 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>첨부 파일 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>queued %1</source>
        <translation>%1에 보관</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n번 시도</numerusform>
        </translation>
    </message>
    <message>
        <source>You marked it as sent; nothing more is sent.</source>
        <translation>접수됨으로 표시했습니다. 더 이상 보내지 않습니다.</translation>
    </message>
    <message>
        <source>Found in the caller&apos;s tickets as %1 (it had arrived): nothing was sent twice.</source>
        <translation>고객의 티켓에서 %1로 찾았습니다(이미 도착함). 두 번 보낸 것은 없습니다.</translation>
    </message>
    <message>
        <source>Filed as ticket %1. Read the ID back to the caller if needed.</source>
        <translation>티켓 %1로 접수했습니다. 필요하면 고객에게 ID를 알려 주세요.</translation>
    </message>
    <message>
        <source>Being sent now…</source>
        <translation>지금 보내는 중…</translation>
    </message>
    <message>
        <source>the outbox sends it on its own.</source>
        <translation>발송 대기함이 알아서 보냅니다.</translation>
    </message>
    <message>
        <source>It may already have arrived, so the caller&apos;s tickets are checked first.</source>
        <translation>이미 도착했을 수 있어 먼저 고객의 티켓을 확인합니다.</translation>
    </message>
</context>
<context>
    <name>OutboxOffer</name>
    <message>
        <source>Outbox offer</source>
        <translation>발송 대기함 제안</translation>
    </message>
    <message>
        <source>Outbox offer message</source>
        <translation>발송 대기함 제안 안내</translation>
    </message>
    <message>
        <source>&amp;Queue and continue with the next caller</source>
        <translation>대기함에 넣고 다음 고객 응대(&amp;Q)</translation>
    </message>
    <message>
        <source>Queue and continue with the next caller</source>
        <translation>대기함에 넣고 다음 고객 응대</translation>
    </message>
    <message>
        <source>Keep it in the outbox and go on: it is filed on its own as soon as the service answers again. Nothing is lost and nothing is sent twice.</source>
        <translation>발송 대기함에 넣고 계속하세요. 서비스가 다시 응답하면 알아서 접수됩니다. 잃어버리는 것도, 두 번 보내는 것도 없습니다.</translation>
    </message>
    <message>
        <source>Keep it in the outbox and go on: it is filed on its own when the spam block ends.</source>
        <translation>발송 대기함에 넣고 계속하세요. 스팸 차단이 끝나면 알아서 접수됩니다.</translation>
    </message>
    <message>
        <source>Keep it in the outbox and go on: the outbox first looks for it in the caller&apos;s tickets and files it only if it is not there.</source>
        <translation>발송 대기함에 넣고 계속하세요. 대기함이 먼저 고객의 티켓에서 찾아보고, 없을 때만 접수합니다.</translation>
    </message>
    <message>
        <source>Keep it in the outbox: without a user code it cannot be checked automatically, so the outbox will ask you whether it arrived before sending it again.</source>
        <translation>발송 대기함에 넣으세요. 사용자 코드가 없어 자동으로 확인할 수 없으므로, 다시 보내기 전에 도착했는지 대기함이 물어봅니다.</translation>
    </message>
    <message>
        <source>Keeping it in the outbox…</source>
        <translation>발송 대기함에 넣는 중…</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <source>Outbox</source>
        <translation>발송 대기함</translation>
    </message>
    <message>
        <source>Outbox status</source>
        <translation>발송 대기함 상태</translation>
    </message>
    <message>
        <source>&amp;Try now</source>
        <translation>지금 시도(&amp;T)</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>지금 시도</translation>
    </message>
    <message>
        <source>Damaged outbox files</source>
        <translation>손상된 발송 대기 파일</translation>
    </message>
    <message>
        <source>Queued tickets</source>
        <translation>대기 중인 티켓</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>보관 시각</translation>
    </message>
    <message>
        <source>Ticket ID</source>
        <translation>티켓 ID</translation>
    </message>
    <message>
        <source>The outbox is empty: every ticket was filed.</source>
        <translation>발송 대기함이 비어 있습니다. 모든 티켓이 접수되었습니다.</translation>
    </message>
    <message>
        <source>Outbox empty</source>
        <translation>발송 대기함 비어 있음</translation>
    </message>
    <message>
        <source>&amp;Clear filed</source>
        <translation>접수된 항목 지우기(&amp;C)</translation>
    </message>
    <message>
        <source>Clear filed tickets from the list</source>
        <translation>목록에서 접수된 티켓 지우기</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Close the outbox</source>
        <translation>발송 대기함 닫기</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) waiting to be sent.</source>
        <translation>
            <numerusform>보낼 티켓 %n건이 기다리고 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>보낼 것이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n outbox file(s) could not be read. Nothing was deleted: they were kept in %1 for your IT support.</source>
        <translation>
            <numerusform>발송 대기 파일 %n개를 읽을 수 없습니다. 삭제된 것은 없으며, IT 지원 담당자를 위해 %1에 보관했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pager</name>
    <message>
        <source>First page</source>
        <translation>첫 페이지</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>이전 페이지</translation>
    </message>
    <message>
        <source>List position</source>
        <translation>목록 위치</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>다음 페이지</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>마지막 페이지</translation>
    </message>
    <message>
        <source>No items</source>
        <translation>항목 없음</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%3개 중 %1–%2</translation>
    </message>
</context>
<context>
    <name>PeriodField</name>
    <message>
        <source>%1 from</source>
        <translation>%1 시작</translation>
    </message>
    <message>
        <source>%1 until</source>
        <translation>%1 종료</translation>
    </message>
</context>
<context>
    <name>ProblemPresenter</name>
    <message numerus="yes">
        <source>%n field(s) need attention before the ticket can be sent: %1</source>
        <translation>
            <numerusform>티켓을 보내기 전에 확인이 필요한 항목이 %n개 있습니다: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Contiple blocks a 3rd ticket from one address within a minute (code 1001).</source>
        <translation>Contiple은 같은 주소에서 1분 안에 접수되는 3번째 티켓을 차단합니다(코드 1001).</translation>
    </message>
    <message>
        <source>Contiple blocks a 10th ticket from one address within 24 hours (code 1002).</source>
        <translation>Contiple은 같은 주소에서 24시간 안에 접수되는 10번째 티켓을 차단합니다(코드 1002).</translation>
    </message>
    <message>
        <source>The draft is kept; send it later or ask an administrator.</source>
        <translation>임시 저장본은 그대로 있습니다. 나중에 보내거나 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <source>The connection dropped after sending and no matching ticket was found in the customer&apos;s list, so it was most likely not created. Send it again?</source>
        <translation>보낸 뒤 연결이 끊겼고 고객의 티켓 목록에서 일치하는 티켓을 찾지 못했으므로 티켓이 생성되지 않았을 가능성이 높습니다. 다시 보낼까요?</translation>
    </message>
    <message>
        <source>The connection dropped after sending. Without a user code the app cannot check whether the ticket was created; sending again may create a duplicate. Check the Contiple console, or send again.</source>
        <translation>보낸 뒤 연결이 끊겼습니다. 사용자 코드가 없어 티켓이 생성되었는지 확인할 수 없으며, 다시 보내면 중복될 수 있습니다. Contiple 콘솔을 확인하거나 다시 보내세요.</translation>
    </message>
    <message>
        <source>The connection dropped, but the ticket was found in the customer&apos;s list.</source>
        <translation>연결이 끊겼지만 고객의 티켓 목록에서 티켓을 확인했습니다.</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Profile name</source>
        <translation>프로필 이름</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>환경</translation>
    </message>
    <message>
        <source>Real (production)</source>
        <translation>리얼(운영)</translation>
    </message>
    <message>
        <source>Beta (production test)</source>
        <translation>베타(운영 테스트)</translation>
    </message>
    <message>
        <source>Alpha (development test)</source>
        <translation>알파(개발 테스트)</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>사용자 지정 URL</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>환경(&amp;E):</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>도메인</translation>
    </message>
    <message>
        <source>e.g. nhn-cs</source>
        <translation>예: nhn-cs</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>도메인(&amp;D):</translation>
    </message>
    <message>
        <source>Resulting address</source>
        <translation>연결 주소</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>주소:</translation>
    </message>
    <message>
        <source>Service ID</source>
        <translation>서비스 ID</translation>
    </message>
    <message>
        <source>e.g. APISimple</source>
        <translation>예: APISimple</translation>
    </message>
    <message>
        <source>&amp;Service ID:</source>
        <translation>서비스 ID(&amp;S):</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>조직 ID</translation>
    </message>
    <message>
        <source>&amp;Organization ID:</source>
        <translation>조직 ID(&amp;O):</translation>
    </message>
    <message>
        <source>Organization ID hint</source>
        <translation>조직 ID 도움말</translation>
    </message>
    <message>
        <source>Agent user code (optional)</source>
        <translation>상담원 사용자 코드(선택)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <source>Custom U&amp;RL:</source>
        <translation>사용자 지정 URL(&amp;R):</translation>
    </message>
    <message>
        <source>Profile settings</source>
        <translation>프로필 설정</translation>
    </message>
    <message>
        <source>Profile settings pages</source>
        <translation>프로필 설정 페이지</translation>
    </message>
    <message>
        <source>Connect&amp;ion</source>
        <translation>연결(&amp;I)</translation>
    </message>
    <message>
        <source>Profile name problem</source>
        <translation>프로필 이름 문제</translation>
    </message>
    <message>
        <source>Domain problem</source>
        <translation>도메인 문제</translation>
    </message>
    <message>
        <source>Custom URL problem</source>
        <translation>사용자 지정 URL 문제</translation>
    </message>
    <message>
        <source>Service ID problem</source>
        <translation>서비스 ID 문제</translation>
    </message>
    <message>
        <source>Organization ID problem</source>
        <translation>조직 ID 문제</translation>
    </message>
    <message>
        <source>A&amp;gent user code:</source>
        <translation>상담원 사용자 코드(&amp;G):</translation>
    </message>
    <message>
        <source>Content language</source>
        <translation>콘텐츠 언어</translation>
    </message>
    <message>
        <source>Content &amp;language:</source>
        <translation>콘텐츠 언어(&amp;L):</translation>
    </message>
    <message>
        <source>Spam in&amp;quiry blocking is on: warn before the limits</source>
        <translation>스팸 문의 차단이 켜져 있음: 한도 전에 경고(&amp;Q)</translation>
    </message>
    <message>
        <source>The service blocks spam</source>
        <translation>서비스가 스팸을 차단함</translation>
    </message>
    <message>
        <source>3 tickets a minute or 10 a day from one address are refused (1001/1002)</source>
        <translation>한 주소에서 1분에 3건 또는 하루 10건이면 거부됩니다(1001/1002)</translation>
    </message>
    <message>
        <source>Spam protection:</source>
        <translation>스팸 방지:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 키</translation>
    </message>
    <message>
        <source>Show API key</source>
        <translation>API 키 표시</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 키(&amp;K):</translation>
    </message>
    <message>
        <source>API key status</source>
        <translation>API 키 상태</translation>
    </message>
    <message>
        <source>&amp;Caller lookup</source>
        <translation>발신자 조회(&amp;C)</translation>
    </message>
    <message>
        <source>Enter a name for this profile.</source>
        <translation>이 프로필의 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the service ID.</source>
        <translation>서비스 ID를 입력하세요.</translation>
    </message>
    <message>
        <source>The organization ID has exactly 16 letters and digits.</source>
        <translation>조직 ID는 영문자와 숫자로 된 16자입니다.</translation>
    </message>
    <message>
        <source>Enter the Contiple domain: letters, digits and hyphens (e.g. nhn-cs).</source>
        <translation>Contiple 도메인을 입력하세요. 영문자, 숫자, 하이픈만 사용할 수 있습니다(예: nhn-cs).</translation>
    </message>
    <message>
        <source>Plain http is allowed only for this computer; use an https address.</source>
        <translation>일반 http는 이 컴퓨터 안에서만 허용됩니다. https 주소를 사용하세요.</translation>
    </message>
    <message>
        <source>Enter a web address that starts with https://</source>
        <translation>https://로 시작하는 웹 주소를 입력하세요</translation>
    </message>
    <message>
        <source>Hide API key</source>
        <translation>API 키 숨기기</translation>
    </message>
    <message>
        <source>(incomplete)</source>
        <translation>(미완성)</translation>
    </message>
    <message>
        <source>16 letters and digits (Global Management → Contract Service Status).</source>
        <translation>영문자와 숫자 16자(글로벌 관리 → 계약 서비스 현황).</translation>
    </message>
    <message>
        <source>%1 of 16 characters; only letters and digits are allowed.</source>
        <translation>16자 중 %1자 입력. 영문자와 숫자만 사용할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>ProfileList</name>
    <message>
        <source>&amp;Profiles:</source>
        <translation>프로필(&amp;P):</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>프로필 추가</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>복제(&amp;U)</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation>프로필 복제</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>프로필 삭제</translation>
    </message>
    <message>
        <source>Use t&amp;his profile</source>
        <translation>이 프로필 사용(&amp;H)</translation>
    </message>
    <message>
        <source>Use this profile</source>
        <translation>이 프로필 사용</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(이름 없음)</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (저장 안 됨)</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (사용 중)</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Connection profiles</source>
        <translation>연결 프로필</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>프로필 삭제</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>연결 테스트(&amp;T)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>프로필 저장</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Save (Enter or %1)</source>
        <translation>저장(Enter 또는 %1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to “%1”?</source>
        <translation>“%1”의 저장하지 않은 변경 사항을 버릴까요?</translation>
    </message>
    <message>
        <source>Confirm discard</source>
        <translation>변경 사항 버리기 확인</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>저장되지 않음</translation>
    </message>
    <message>
        <source>Checking the keyring…</source>
        <translation>키링 확인 중…</translation>
    </message>
    <message>
        <source>Not available (see below)</source>
        <translation>사용할 수 없음(아래 참조)</translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation>시스템 키링</translation>
    </message>
    <message>
        <source>Stored in %1</source>
        <translation>%1에 저장됨</translation>
    </message>
    <message>
        <source>Session only (not saved; enter it again next time)</source>
        <translation>이번 세션만(저장 안 됨, 다음에 다시 입력)</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>새 프로필</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (복사본)</translation>
    </message>
    <message>
        <source>Delete the profile “%1”? Its API key is removed from the keyring too.</source>
        <translation>“%1” 프로필을 삭제할까요? API 키도 키링에서 삭제됩니다.</translation>
    </message>
    <message>
        <source>Confirm deletion</source>
        <translation>삭제 확인</translation>
    </message>
    <message>
        <source>The profile was deleted, but its API key could not be removed from the keyring: %1</source>
        <translation>프로필은 삭제했지만 키링에서 API 키를 삭제하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장하는 중…</translation>
    </message>
    <message>
        <source>The profile was saved, but not its API key.</source>
        <translation>프로필은 저장했지만 API 키는 저장하지 못했습니다.</translation>
    </message>
    <message>
        <source>Saved, but not the caller lookup&apos;s security key.</source>
        <translation>저장했지만 발신자 조회의 보안 키는 저장하지 못했습니다.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>저장했습니다.</translation>
    </message>
    <message>
        <source>Enter the API key before using this profile.</source>
        <translation>이 프로필을 사용하기 전에 API 키를 입력하세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>확인이 필요한 항목이 %n개 있습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecentTicketsWidget</name>
    <message>
        <source>Recent tickets of this caller</source>
        <translation>이 고객의 최근 티켓</translation>
    </message>
    <message>
        <source>Recent tickets</source>
        <translation>최근 티켓</translation>
    </message>
    <message>
        <source>Recent tickets status</source>
        <translation>최근 티켓 상태</translation>
    </message>
    <message>
        <source>Recent tickets error</source>
        <translation>최근 티켓 오류</translation>
    </message>
    <message>
        <source>Open history</source>
        <translation>문의 내역 열기</translation>
    </message>
    <message>
        <source>Enter a user code to see the caller&apos;s tickets.</source>
        <translation>사용자 코드를 입력하면 고객의 티켓이 표시됩니다.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) in total</source>
        <translation>
            <numerusform>전체 티켓 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>No earlier tickets for %1.</source>
        <translation>%1의 이전 티켓이 없습니다.</translation>
    </message>
</context>
<context>
    <name>ResultBanner</name>
    <message>
        <source>Submit result</source>
        <translation>접수 결과</translation>
    </message>
    <message>
        <source>Submit result message</source>
        <translation>접수 결과 메시지</translation>
    </message>
    <message>
        <source>Ticket ID</source>
        <translation>티켓 ID</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy ticket ID</source>
        <translation>티켓 ID 복사</translation>
    </message>
    <message>
        <source>Show customer history</source>
        <translation>고객 문의 내역 보기</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>다시 보내기</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>메시지 닫기</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>오류 세부 정보</translation>
    </message>
    <message>
        <source>Ticket %1 was created. Read the ID back to the caller.</source>
        <translation>티켓이 접수되었습니다: %1. 고객에게 티켓 ID를 불러 주세요.</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>세부 정보 숨기기</translation>
    </message>
</context>
<context>
    <name>SafeHtmlView</name>
    <message>
        <source>Content</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>[image]</source>
        <translation>[이미지]</translation>
    </message>
    <message>
        <source>[image: %1]</source>
        <translation>[이미지: %1]</translation>
    </message>
    <message>
        <source>This text was shown in part (%1 of %2 characters).</source>
        <translation>이 글은 일부만 표시했습니다(%2자 중 %1자).</translation>
    </message>
</context>
<context>
    <name>ScopeBar</name>
    <message>
        <source>Search scope</source>
        <translation>검색 범위</translation>
    </message>
</context>
<context>
    <name>ScopeChip</name>
    <message>
        <source>Only in: %1</source>
        <translation>범위: %1</translation>
    </message>
    <message>
        <source>Searching only in %1. Click or press Delete to search everywhere.</source>
        <translation>검색 범위: %1. 클릭하거나 Delete 키를 누르면 전체에서 검색합니다.</translation>
    </message>
</context>
<context>
    <name>SecretRow</name>
    <message>
        <source>Not stored</source>
        <translation>저장되지 않음</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>숨기기</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>표시</translation>
    </message>
</context>
<context>
    <name>ShellStatusBar</name>
    <message>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>연결 상태</translation>
    </message>
    <message>
        <source>Clock warning</source>
        <translation>시계 경고</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>작업 중</translation>
    </message>
    <message>
        <source>Not connected — open File ▸ Connection profiles…</source>
        <translation>연결되지 않음 — 파일 ▸ 연결 프로필…을 여세요</translation>
    </message>
    <message>
        <source>Demo (simulated)</source>
        <translation>데모(시뮬레이션)</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>운영</translation>
    </message>
    <message>
        <source>Beta</source>
        <translation>베타</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>알파</translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation>사용자 지정 주소</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>서비스: %1</translation>
    </message>
    <message numerus="yes">
        <source>Contiple is busy — retrying in %n s</source>
        <translation>
            <numerusform>Contiple 혼잡 — %n초 후 다시 시도</numerusform>
        </translation>
    </message>
    <message>
        <source>Contiple is busy — retrying…</source>
        <translation>Contiple 혼잡 — 다시 시도하는 중…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>온라인</translation>
    </message>
    <message>
        <source>Slow connection</source>
        <translation>연결 느림</translation>
    </message>
    <message>
        <source>Offline — cannot reach Contiple</source>
        <translation>오프라인 — Contiple에 연결할 수 없음</translation>
    </message>
    <message>
        <source>⚠ PC clock %1 min behind</source>
        <translation>⚠ PC 시계 %1분 느림</translation>
    </message>
    <message>
        <source>⚠ PC clock %1 min ahead</source>
        <translation>⚠ PC 시계 %1분 빠름</translation>
    </message>
    <message numerus="yes">
        <source>Your PC clock is off by %n minute(s); correct it in the system settings.</source>
        <translation>
            <numerusform>PC 시계가 %n분 어긋나 있습니다. 시스템 설정에서 시간을 맞추세요.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Shortcut list</source>
        <translation>단축키 목록</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>명령</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>메뉴</translation>
    </message>
</context>
<context>
    <name>SnippetButton</name>
    <message>
        <source>Reply s&amp;nippet…</source>
        <translation>답변 문구(&amp;N)…</translation>
    </message>
    <message>
        <source>Insert a reply snippet</source>
        <translation>답변 문구 넣기</translation>
    </message>
    <message>
        <source>Insert a saved Help Center answer (Ctrl+Shift+S)</source>
        <translation>저장한 헬프센터 답변 넣기(Ctrl+Shift+S)</translation>
    </message>
</context>
<context>
    <name>SnippetPicker</name>
    <message>
        <source>Insert a reply snippet</source>
        <translation>답변 문구 넣기</translation>
    </message>
    <message>
        <source>Type to find a snippet</source>
        <translation>입력해서 문구 찾기</translation>
    </message>
    <message>
        <source>No reply snippets yet. Open a Help Center answer and choose “Save as reply snippet”.</source>
        <translation>아직 답변 문구가 없습니다. 헬프센터 답변을 열고 “답변 문구로 저장”을 고르세요.</translation>
    </message>
</context>
<context>
    <name>SpamSetting</name>
    <message>
        <source>Service Management</source>
        <translation>서비스 관리</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>보안</translation>
    </message>
    <message>
        <source>Spam Management</source>
        <translation>스팸 관리</translation>
    </message>
    <message>
        <source>Spam inquiry blocking</source>
        <translation>스팸 문의 차단</translation>
    </message>
</context>
<context>
    <name>SpamWarningBanner</name>
    <message>
        <source>Spam limit warning</source>
        <translation>스팸 한도 경고</translation>
    </message>
    <message>
        <source>Spam limit warning message</source>
        <translation>스팸 한도 경고 안내</translation>
    </message>
    <message>
        <source>&amp;Queue it</source>
        <translation>대기함에 넣기(&amp;Q)</translation>
    </message>
    <message>
        <source>Queue it</source>
        <translation>대기함에 넣기</translation>
    </message>
    <message>
        <source>Send &amp;anyway</source>
        <translation>그래도 보내기(&amp;A)</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>그래도 보내기</translation>
    </message>
</context>
<context>
    <name>StatusPill</name>
    <message>
        <source>Ticket status</source>
        <translation>티켓 상태</translation>
    </message>
</context>
<context>
    <name>TemplateManager</name>
    <message>
        <source>the file cannot be read or is not JSON</source>
        <translation>파일을 읽을 수 없거나 JSON이 아닙니다</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>파일이 너무 큽니다</translation>
    </message>
    <message>
        <source>it is not a template file</source>
        <translation>템플릿 파일이 아닙니다</translation>
    </message>
    <message>
        <source>it was made by a newer version</source>
        <translation>더 새로운 버전에서 만든 파일입니다</translation>
    </message>
    <message>
        <source>a value is missing or of the wrong kind</source>
        <translation>값이 없거나 종류가 틀렸습니다</translation>
    </message>
    <message>
        <source>two templates have the same name</source>
        <translation>두 템플릿의 이름이 같습니다</translation>
    </message>
    <message>
        <source>it holds too many templates</source>
        <translation>템플릿이 너무 많습니다</translation>
    </message>
    <message>
        <source>Template files (*.json)</source>
        <translation>템플릿 파일 (*.json)</translation>
    </message>
    <message>
        <source>template %1</source>
        <translation>템플릿 %1</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>항목 %1</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <source>Template list</source>
        <translation>템플릿 목록</translation>
    </message>
    <message>
        <source>Templates message</source>
        <translation>템플릿 안내</translation>
    </message>
    <message>
        <source>New template name</source>
        <translation>새 템플릿 이름</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>이름 바꾸기(&amp;R)</translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation>템플릿 이름 바꾸기</translation>
    </message>
    <message>
        <source>&amp;Apply to the form</source>
        <translation>양식에 적용(&amp;A)</translation>
    </message>
    <message>
        <source>Apply template to the form</source>
        <translation>템플릿을 양식에 적용</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>템플릿 삭제</translation>
    </message>
    <message>
        <source>Really delete? Click to confirm</source>
        <translation>정말 삭제할까요? 눌러서 확인</translation>
    </message>
    <message>
        <source>Confirm delete</source>
        <translation>삭제 확인</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Import templates</source>
        <translation>템플릿 가져오기</translation>
    </message>
    <message>
        <source>Imp&amp;ort replaces all my templates</source>
        <translation>가져오면 내 템플릿을 모두 바꿈(&amp;O)</translation>
    </message>
    <message>
        <source>Import replaces all my templates</source>
        <translation>가져오면 내 템플릿을 모두 바꿈</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Export templates</source>
        <translation>템플릿 내보내기</translation>
    </message>
    <message>
        <source>inquiry type %1</source>
        <translation>문의 유형 %1</translation>
    </message>
    <message>
        <source>No templates yet. Fill in a form and choose Tools ▸ Save form as template.</source>
        <translation>아직 템플릿이 없습니다. 양식을 채운 뒤 도구 ▸ 양식을 템플릿으로 저장을 고르세요.</translation>
    </message>
    <message>
        <source>A template named “%1” exists already.</source>
        <translation>“%1” 템플릿이 이미 있습니다.</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>새 이름: “%1”.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>삭제했습니다: “%1”.</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 replaced by name.</source>
        <translation>가져오기: %1개 추가, 이름이 같은 %2개 바꿈.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n template(s) to %1.</source>
        <translation>
            <numerusform>템플릿 %n개를 내보냈습니다: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This file cannot be imported (%1). Your templates were not changed.</source>
        <translation>이 파일은 가져올 수 없습니다(%1). 템플릿은 바뀌지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>TemplateNotice</name>
    <message>
        <source>Template notice</source>
        <translation>템플릿 알림</translation>
    </message>
    <message>
        <source>Template message</source>
        <translation>템플릿 안내</translation>
    </message>
    <message>
        <source>Close template message</source>
        <translation>템플릿 안내 닫기</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>템플릿 이름</translation>
    </message>
    <message>
        <source>Template name, e.g. Password reset</source>
        <translation>템플릿 이름, 예: 비밀번호 재설정</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>템플릿 저장</translation>
    </message>
    <message>
        <source>Save the current inquiry type and field values as a template:</source>
        <translation>현재 문의 유형과 항목 값을 템플릿으로 저장:</translation>
    </message>
</context>
<context>
    <name>ThreadModel</name>
    <message>
        <source>Agent</source>
        <translation>상담원</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <source>Replies and follow-ups of this ticket, oldest first</source>
        <translation>이 티켓의 답변과 추가 문의, 오래된 순</translation>
    </message>
    <message>
        <source>No replies or follow-ups yet.</source>
        <translation>아직 답변이나 추가 문의가 없습니다.</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>첨부 파일:</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>대화</translation>
    </message>
</context>
<context>
    <name>TicketDesk</name>
    <message>
        <source>Kept in the outbox (%1): it is filed on its own. Go on with the next caller.</source>
        <translation>발송 대기함에 보관했습니다(%1). 알아서 접수됩니다. 다음 고객을 응대하세요.</translation>
    </message>
    <message>
        <source>Queued in the outbox; the draft was removed.</source>
        <translation>발송 대기함에 넣었고 임시 저장본은 지웠습니다.</translation>
    </message>
    <message>
        <source>Could not keep it in the outbox (%1). The form is kept as it is.</source>
        <translation>발송 대기함에 보관하지 못했습니다(%1). 양식은 그대로 둡니다.</translation>
    </message>
</context>
<context>
    <name>TicketDetailPane</name>
    <message>
        <source>Ticket detail</source>
        <translation>티켓 상세</translation>
    </message>
    <message>
        <source>Ticket subject</source>
        <translation>티켓 제목</translation>
    </message>
    <message>
        <source>Ticket facts</source>
        <translation>티켓 정보</translation>
    </message>
    <message>
        <source>Detail message</source>
        <translation>상세 메시지</translation>
    </message>
    <message>
        <source>Ticket error</source>
        <translation>티켓 오류</translation>
    </message>
    <message>
        <source>Inquiry content</source>
        <translation>문의 내용</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>대화</translation>
    </message>
    <message>
        <source>Conversation attachments</source>
        <translation>대화 첨부 파일</translation>
    </message>
    <message>
        <source>Select a ticket to see its conversation.</source>
        <translation>티켓을 선택하면 대화 내용이 표시됩니다.</translation>
    </message>
    <message>
        <source>Loading ticket %1…</source>
        <translation>티켓 %1 불러오는 중…</translation>
    </message>
    <message>
        <source>Ticket ID</source>
        <translation>티켓 ID</translation>
    </message>
    <message>
        <source>Inquiry type</source>
        <translation>문의 유형</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성일</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>수정일</translation>
    </message>
    <message>
        <source>Could not load the ticket: %1</source>
        <translation>티켓을 불러오지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Ticket %1 was not found for this customer.</source>
        <translation>이 고객에게 없는 티켓입니다: %1</translation>
    </message>
</context>
<context>
    <name>TicketForm</name>
    <message>
        <source>%1 must be accepted.</source>
        <translation>%1에 동의해야 합니다.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 항목은 필수입니다.</translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters.</source>
        <translation>%1 항목이 너무 깁니다. 최대 %2자까지 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 is too long.</source>
        <translation>%1 항목이 너무 깁니다.</translation>
    </message>
    <message>
        <source>%1 is not a valid e-mail address.</source>
        <translation>%1 항목의 이메일 주소가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>%1: choose one of the offered options.</source>
        <translation>%1: 제시된 옵션 중 하나를 선택하세요.</translation>
    </message>
    <message>
        <source>%1: the start must not be after the end.</source>
        <translation>%1: 시작이 종료보다 늦을 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 must look like %2.</source>
        <translation>%1 항목은 %2 형식으로 입력하세요.</translation>
    </message>
    <message>
        <source>%1 has an invalid value.</source>
        <translation>%1의 값이 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>The server refused the value of %1.</source>
        <translation>서버가 %1의 값을 거부했습니다.</translation>
    </message>
    <message>
        <source>This inquiry type has required fields the app cannot show: %1. The service will probably refuse the ticket. Ask a Contiple administrator to fix the form, or choose another inquiry type.</source>
        <translation>이 문의 유형에는 앱이 표시할 수 없는 필수 항목이 있습니다: %1. 서비스가 티켓을 거부할 가능성이 큽니다. Contiple 관리자에게 양식 수정을 요청하거나 다른 문의 유형을 선택하세요.</translation>
    </message>
    <message>
        <source>Ticket form</source>
        <translation>티켓 입력 양식</translation>
    </message>
    <message>
        <source>Form warning</source>
        <translation>양식 경고</translation>
    </message>
</context>
<context>
    <name>TicketListModel</name>
    <message>
        <source>Subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Inquiry type</source>
        <translation>문의 유형</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성일</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>수정일</translation>
    </message>
    <message>
        <source>Ticket ID</source>
        <translation>티켓 ID</translation>
    </message>
</context>
<context>
    <name>TicketStatus</name>
    <message>
        <source>New</source>
        <translation>신규</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>처리 중</translation>
    </message>
    <message>
        <source>Awaiting customer</source>
        <translation>고객 응답 대기</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>해결</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>종료</translation>
    </message>
</context>
<context>
    <name>TicketTemplates</name>
    <message>
        <source>The template file was damaged; it was kept in %1.</source>
        <translation>템플릿 파일이 손상되어 %1에 보관했습니다.</translation>
    </message>
    <message>
        <source>Apply a template</source>
        <translation>템플릿 적용</translation>
    </message>
    <message>
        <source>Type a template name</source>
        <translation>템플릿 이름 입력</translation>
    </message>
    <message>
        <source>No templates yet. Fill in a form and choose Tools ▸ Save form as template.</source>
        <translation>아직 템플릿이 없습니다. 양식을 채운 뒤 도구 ▸ 양식을 템플릿으로 저장을 고르세요.</translation>
    </message>
    <message>
        <source>Applying the template “%1”…</source>
        <translation>“%1” 템플릿을 적용하는 중…</translation>
    </message>
    <message>
        <source>Left as written (unknown placeholders): %1.</source>
        <translation>쓰인 그대로 둠(알 수 없는 자리 표시자): %1.</translation>
    </message>
    <message>
        <source>No caller data for: %1.</source>
        <translation>고객 정보 없음: %1.</translation>
    </message>
    <message>
        <source>Template “%1” applied.</source>
        <translation>“%1” 템플릿을 적용했습니다.</translation>
    </message>
    <message>
        <source>Template “%1” was not applied:</source>
        <translation>“%1” 템플릿을 적용하지 않았습니다:</translation>
    </message>
    <message>
        <source>its inquiry type no longer exists. Delete it, or make it again from a current form.</source>
        <translation>문의 유형이 더 이상 없습니다. 삭제하거나 현재 양식으로 다시 만드세요.</translation>
    </message>
    <message>
        <source>these fields are gone: %1</source>
        <translation>다음 항목이 없어졌습니다: %1</translation>
    </message>
    <message>
        <source>these values no longer fit: %1</source>
        <translation>다음 값이 더 이상 맞지 않습니다: %1</translation>
    </message>
    <message>
        <source>Choose an inquiry type and fill in the form first.</source>
        <translation>먼저 문의 유형을 고르고 양식을 채우세요.</translation>
    </message>
    <message>
        <source>Saved the template “%1”.</source>
        <translation>“%1” 템플릿을 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>TypeAheadPicker</name>
    <message>
        <source>Nothing to choose</source>
        <translation>고를 것이 없습니다</translation>
    </message>
</context>
<context>
    <name>TypePicker</name>
    <message>
        <source>Type to filter inquiry types…</source>
        <translation>입력하여 문의 유형 찾기…</translation>
    </message>
    <message>
        <source>Filter inquiry types</source>
        <translation>문의 유형 찾기</translation>
    </message>
    <message>
        <source>Inquiry types</source>
        <translation>문의 유형</translation>
    </message>
    <message>
        <source>Chosen inquiry type</source>
        <translation>선택한 문의 유형</translation>
    </message>
    <message>
        <source>Loading the inquiry types…</source>
        <translation>문의 유형을 불러오는 중…</translation>
    </message>
    <message>
        <source>No inquiry type matches “%1”. Check the spelling or clear the filter.</source>
        <translation>“%1”에 맞는 문의 유형이 없습니다. 철자를 확인하거나 찾기 내용을 지우세요.</translation>
    </message>
    <message>
        <source>No inquiry type chosen yet.</source>
        <translation>아직 문의 유형을 선택하지 않았습니다.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>선택됨: %1</translation>
    </message>
</context>
<context>
    <name>WatchButton</name>
    <message>
        <source>Stop &amp;watching</source>
        <translation>지켜보기 중지(&amp;W)</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>지켜보기 중지</translation>
    </message>
    <message>
        <source>You are told when this ticket is answered or its status changes.</source>
        <translation>이 티켓에 답변이 달리거나 상태가 바뀌면 알려 드립니다.</translation>
    </message>
    <message>
        <source>&amp;Watch this ticket</source>
        <translation>이 티켓 지켜보기(&amp;W)</translation>
    </message>
    <message>
        <source>Watch this ticket</source>
        <translation>이 티켓 지켜보기</translation>
    </message>
    <message>
        <source>Be told when this ticket is answered or its status changes.</source>
        <translation>이 티켓에 답변이 달리거나 상태가 바뀌면 알림을 받습니다.</translation>
    </message>
</context>
<context>
    <name>WatchNote</name>
    <message>
        <source>Click to open the newest changed ticket.</source>
        <translation>클릭하면 가장 최근에 바뀐 티켓을 엽니다.</translation>
    </message>
</context>
<context>
    <name>WatchedWindow</name>
    <message>
        <source>Watched tickets</source>
        <translation>지켜보는 티켓</translation>
    </message>
    <message>
        <source>Watch list status</source>
        <translation>지켜보기 상태</translation>
    </message>
    <message>
        <source>Watched tickets list</source>
        <translation>지켜보는 티켓 목록</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>티켓</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <source>Open the ticket</source>
        <translation>티켓 열기</translation>
    </message>
    <message>
        <source>&amp;Stop watching</source>
        <translation>지켜보기 중지(&amp;S)</translation>
    </message>
    <message>
        <source>Stop watching the ticket</source>
        <translation>티켓 지켜보기 중지</translation>
    </message>
    <message>
        <source>Stop watching a ticket after this many &amp;quiet days:</source>
        <translation>변화 없는 날이 이만큼 지나면 지켜보기 중지(&amp;Q):</translation>
    </message>
    <message>
        <source>Days a quiet ticket stays watched</source>
        <translation>변화 없는 티켓을 지켜보는 날 수</translation>
    </message>
    <message>
        <source>new change</source>
        <translation>새 변경</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) watched; checked about every two minutes.</source>
        <translation>
            <numerusform>티켓 %n건을 지켜보는 중이며, 약 2분마다 확인합니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_DateInput</name>
    <message>
        <source>Pick a date</source>
        <translation>날짜 선택</translation>
    </message>
</context>
</TS>
