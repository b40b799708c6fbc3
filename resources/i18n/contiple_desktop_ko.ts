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
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
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
        <translation>고객 이력(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Find caller…</source>
        <translation>고객 찾기(&amp;F)…</translation>
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
</context>
<context>
    <name>AgreeField</name>
    <message>
        <source>I agree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Demo workspace</source>
        <translation>데모 작업 공간</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save attachment as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save attachment to folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentRow</name>
    <message>
        <source>Upload progress of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel upload of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">취소됨</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download progress of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentTray</name>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste screenshot or files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files here or paste a screenshot (Ctrl+V). %1 of %2 files; each under 10 MB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowseTab</name>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallerBox</name>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s ID on your platform (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallerLookup</name>
    <message>
        <source>Customer &amp;user code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer user code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the caller&apos;s user code and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. cust-001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show tickets</source>
        <translation type="unfinished"></translation>
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
    <name>DetailPane</name>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert into ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert into ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n view(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Heading: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inserted into the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket is open — copied to the clipboard instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <source>Unsent drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsent drafts list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the selected draft for good? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no caller)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unsent ticket draft(s) found. Restore one to continue where you left off.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DropdownField</name>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
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
    <message numerus="yes">
        <source>This happened %n time(s).</source>
        <translation type="vanished">
            <numerusform>%n번 발생했습니다.</numerusform>
        </translation>
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
        <source>the Contiple service</source>
        <translation>Contiple 서비스</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>응답 시간 초과</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1이(가) 제시간에 응답하지 않았습니다.</translation>
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
        <source>Your PC clock is %1 minutes behind; correct it in the system settings.</source>
        <translation>PC 시계가 %1분 느립니다. 시스템 설정에서 시간을 맞추세요.</translation>
    </message>
    <message>
        <source>Your PC clock is %1 minutes ahead; correct it in the system settings.</source>
        <translation>PC 시계가 %1분 빠릅니다. 시스템 설정에서 시간을 맞추세요.</translation>
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
</context>
<context>
    <name>FaqTab</name>
    <message>
        <source>Search FAQs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAQ categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldWidget</name>
    <message>
        <source>Error in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry type filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All inquiry types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creation date; applied on this PC because the API has no period filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inquiry type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>Connection test results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection does not work yet:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Contiple Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contiple Desktop works with your company&apos;s Contiple help desk. To connect you need the domain, service ID, organization ID and the service API key from your Contiple administrator. You can also look around in a demo workspace first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Contiple…</source>
        <translation type="unfinished">Contiple에 연결…</translation>
    </message>
    <message>
        <source>Enter the connection details of your service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Contiple</source>
        <translation type="unfinished">Contiple에 연결</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data on this computer only; nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpComposer</name>
    <message>
        <source>Follow-up for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the caller&apos;s follow-up question (Ctrl+Enter sends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the follow-up to the ticket (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored an unsent follow-up draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry or remove the files that did not upload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 5 files can be attached.</source>
        <translation type="unfinished">파일은 최대 5개까지 첨부할 수 있습니다.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the server. Checking whether the follow-up arrived…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection dropped, but the follow-up did arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up did not reach the server. Your text is kept; you can send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check whether the follow-up arrived (%1). Look at the conversation (F5 reloads) before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer knows one of the attachments (or related data). Remove and attach the files again, then send. Your text is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket was not found for this customer. Your text is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpCenterPanel</name>
    <message>
        <source>Help Center</source>
        <translation type="unfinished">헬프센터</translation>
    </message>
    <message>
        <source>Content language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the Help Center content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload from the server (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help Center sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;FAQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a Contiple service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Customer history</source>
        <translation type="unfinished">고객 이력</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the list and the open ticket (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ticket for this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the caller&apos;s user code to see their tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tickets found for user code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 tickets shown; scroll down for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyringNotice</name>
    <message>
        <source>Keyring problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyring explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring is locked or refused access (for example, the unlock prompt was dismissed), so the API key was not saved. Unlock the keyring and save again, or use the key for this session only; you will need to enter it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring is available, so the API key cannot be saved. You can use it for this session only; you will need to enter it again next time.</source>
        <translation type="unfinished"></translation>
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
        <translation>고객 이력</translation>
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
        <translation type="unfinished">새 티켓</translation>
    </message>
    <message>
        <source>Form status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this ticket draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Really discard? Click to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm discarding this ticket draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an inquiry type on the left to load its form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a Contiple service to file tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved inquiry type no longer exists; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an inquiry type first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for attachments to finish uploading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files are not attached yet: %1. Retry or remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention before the ticket can be sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection dropped, but the ticket was found in the customer&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket sent; the draft was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contiple blocks a 3rd ticket from one address within a minute (code 1001).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contiple blocks a 10th ticket from one address within 24 hours (code 1002).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is kept; send it later or ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection dropped after sending and no matching ticket was found in the customer&apos;s list, so it was most likely not created. Send it again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection dropped after sending. Without a user code the app cannot check whether the ticket was created; sending again may create a duplicate. Check the Contiple console, or send again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeTab</name>
    <message>
        <source>Search notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pager</name>
    <message>
        <source>First page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodField</name>
    <message>
        <source>%1 from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real (production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beta (production test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alpha (development test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. nhn-cs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resulting address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. APISimple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization ID hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent user code (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom U&amp;RL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gent user code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the service ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization ID has exactly 16 letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Contiple domain: letters, digits and hyphens (e.g. nhn-cs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http is allowed only for this computer; use an https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a web address that starts with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(incomplete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16 letters and digits (Global Management → Contract Service Status).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 16 characters; only letters and digits are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Connection profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use t&amp;his profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Enter or %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">닫기</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the unsaved changes to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available (see below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session only (not saved; enter it again next time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile “%1”? Its API key is removed from the keyring too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was deleted, but its API key could not be removed from the keyring: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was saved, but not its API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key before using this profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentTicketsWidget</name>
    <message>
        <source>Recent tickets of this caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent tickets status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a user code to see the caller&apos;s tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ticket(s) in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier tickets for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultBanner</name>
    <message>
        <source>Submit result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit result message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy ticket ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show customer history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 was created. Read the ID back to the caller.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeHtmlView</name>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShellStatusBar</name>
    <message>
        <source>Connection</source>
        <translation>연결</translation>
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
    <message>
        <source>⚠ PC clock %1 min behind</source>
        <translation>⚠ PC 시계 %1분 느림</translation>
    </message>
    <message>
        <source>⚠ PC clock %1 min ahead</source>
        <translation>⚠ PC 시계 %1분 빠름</translation>
    </message>
    <message>
        <source>Your PC clock is off by %1 minutes; correct it in the system settings.</source>
        <translation>PC 시계가 %1분 어긋나 있습니다. 시스템 설정에서 시간을 맞추세요.</translation>
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
    <name>StatusPill</name>
    <message>
        <source>Ticket status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreadModel</name>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <source>No replies or follow-ups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketDetailPane</name>
    <message>
        <source>Ticket detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a ticket to see its conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading ticket %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 was not found for this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save attachment to folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketForm</name>
    <message>
        <source>Ticket form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketListModel</name>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketStatus</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TypePicker</name>
    <message>
        <source>Type to filter inquiry types…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter inquiry types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen inquiry type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No inquiry type chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnknownFieldWidget</name>
    <message>
        <source>This field (type “%1”) cannot be filled in here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tab</name>
    <message>
        <source>Select an item to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
