"""Text corpora of the seeded demo service (Korean, English, Japanese).

Trees are nested tuples ``(id, ko, en, ja, children)``. Everything here is plain data; the
builders in ``contiple_desktop.sim.seed`` turn it into state records.
"""

# ruff: noqa: E501  (long literal strings of the text corpus)

from __future__ import annotations

Tree = tuple[int, str, str, str, tuple["Tree", ...]]

LANGUAGES = (
    {"code": "ko", "name": "한국어", "orderNo": 0},
    {"code": "en", "name": "English", "orderNo": 1},
    {"code": "ja", "name": "日本語", "orderNo": 2},
)

SERVICE_NAME = {"ko": "콘티플 데모 고객센터", "en": "Contiple Demo Help Center", "ja": "Contipleデモヘルプセンター"}

# 25 inquiry types, 5 levels deep on the first branch. 2542 carries the form using every field type.
TICKET_TREE: tuple[Tree, ...] = (
    (2536, "계정/로그인", "Account & login", "アカウント・ログイン", (
        (2538, "로그인 문제", "Login problems", "ログインの問題", (
            (2540, "비밀번호", "Password", "パスワード", (
                (2541, "비밀번호 재설정", "Password reset", "パスワード再設定", (
                    (2542, "재설정 메일 미수신", "Reset mail not received", "再設定メールが届かない", ()),
                    (2570, "보안 질문 분실", "Forgot security question", "秘密の質問を忘れた", ()),
                )),
                (2571, "계정 잠김", "Account locked", "アカウントロック", ()),
            )),
            (2572, "2단계 인증", "Two-step verification", "二段階認証", ()),
        )),
        (2539, "회원 정보 변경", "Change member information", "会員情報の変更", ()),
        (2573, "회원 탈퇴", "Close account", "退会", ()),
    )),
    (2537, "결제/환불", "Payment & refund", "決済・返金", (
        (2574, "결제 오류", "Payment errors", "決済エラー", (
            (2575, "카드 결제", "Card payment", "カード決済", (
                (2576, "승인 실패", "Authorisation failed", "承認失敗", (
                    (2577, "해외 발급 카드", "Card issued abroad", "海外発行カード", ()),
                    (2578, "국내 발급 카드", "Domestic card", "国内発行カード", ()),
                )),
            )),
            (2579, "휴대폰 결제", "Mobile carrier billing", "キャリア決済", ()),
        )),
        (2580, "환불 요청", "Refund request", "返金依頼", ()),
        (2581, "영수증 발급", "Receipts", "領収書の発行", ()),
    )),
    (2582, "서비스 이용", "Using the service", "サービスの利用", (
        (2583, "오류 신고", "Report a problem", "不具合の報告", (
            (2584, "모바일 앱", "Mobile app", "モバイルアプリ", ()),
            (2585, "웹사이트", "Website", "ウェブサイト", ()),
        )),
        (2586, "기능 제안", "Feature suggestion", "機能の提案", ()),
    )),
    (2587, "기타 문의", "Other", "その他のお問い合わせ", ()),
)

FAQ_TREE: tuple[Tree, ...] = (
    (2546, "시작하기", "Getting started", "はじめに", (
        (2548, "회원가입", "Sign-up", "会員登録", (
            (2550, "본인 인증", "Identity verification", "本人確認", (
                (2600, "휴대폰 인증", "Phone verification", "携帯電話認証", (
                    (2601, "인증 문자 미수신", "No verification SMS", "認証SMSが届かない", ()),
                    (2602, "번호 변경", "Changed number", "番号変更", ()),
                )),
                (2603, "아이핀 인증", "i-PIN verification", "i-PIN認証", ()),
            )),
            (2551, "소셜 로그인", "Social login", "ソーシャルログイン", ()),
        )),
        (2549, "앱 설치", "Installing the app", "アプリのインストール", (
            (2604, "안드로이드", "Android", "Android", ()),
            (2605, "iOS", "iOS", "iOS", ()),
        )),
    )),
    (2547, "계정 관리", "Account management", "アカウント管理", (
        (2606, "비밀번호", "Password", "パスワード", (
            (2607, "재설정", "Reset", "再設定", ()),
            (2608, "변경 주기", "Change interval", "変更周期", ()),
        )),
        (2609, "개인정보", "Personal data", "個人情報", ()),
    )),
    (2610, "결제", "Payment", "お支払い", (
        (2611, "결제 수단", "Payment methods", "支払い方法", ()),
        (2612, "환불", "Refunds", "返金", (
            (2613, "환불 기간", "Refund period", "返金期間", ()),
        )),
    )),
    (2614, "이용 안내", "Using the service", "ご利用案内", ()),
)

NOTICE_HEADINGS = (
    (2543, "공지", "Notice", "お知らせ"),
    (2544, "점검", "Maintenance", "メンテナンス"),
    (2545, "이벤트", "Event", "イベント"),
)

NOTICE_TAGS = (
    (391, "중요", "Important", "重要"),
    (392, "업데이트", "Update", "アップデート"),
    (393, "보안", "Security", "セキュリティ"),
)

# (heading, tags, ko title, en title, ja title, ko body, en body, ja body); {n} = sequence number.
NOTICE_TEMPLATES = (
    (2544, (391,), "{n}차 정기 점검 안내", "Scheduled maintenance #{n}", "第{n}回定期メンテナンスのお知らせ",
     "<p>서비스 안정화를 위해 <b>정기 점검</b>을 진행합니다.</p><ul><li>점검 시간: 02:00 ~ 06:00</li>"
     "<li>대상: 전체 서비스</li></ul><p>이용에 불편을 드려 죄송합니다.</p>",
     "<p>We will perform <b>scheduled maintenance</b>.</p><ul><li>Time: 02:00 to 06:00 (KST)</li>"
     "<li>Scope: all services</li></ul><p>We apologise for the inconvenience.</p>",
     "<p>サービス安定化のため<b>定期メンテナンス</b>を実施します。</p><ul><li>時間: 02:00～06:00</li>"
     "<li>対象: 全サービス</li></ul><p>ご不便をおかけします。</p>"),
    (2543, (392,), "버전 {n}.0 업데이트 소식", "What's new in version {n}.0", "バージョン{n}.0アップデートのお知らせ",
     "<p>새 버전이 출시되었습니다.</p><ol><li>검색 속도 개선</li><li>첨부파일 미리보기</li></ol>"
     "<p>자세한 내용은 <a href=\"https://example.com/release\">릴리스 노트</a>를 참고하세요.</p>",
     "<p>A new version is out.</p><ol><li>Faster search</li><li>Attachment preview</li></ol>"
     "<p>See the <a href=\"https://example.com/release\">release notes</a>.</p>",
     "<p>新しいバージョンを公開しました。</p><ol><li>検索の高速化</li><li>添付ファイルのプレビュー</li></ol>"
     "<p>詳しくは<a href=\"https://example.com/release\">リリースノート</a>をご覧ください。</p>"),
    (2543, (391, 393), "개인정보 처리방침 개정 안내 ({n})", "Privacy policy update ({n})", "個人情報保護方針の改定 ({n})",
     "<p><b>개인정보 처리방침</b>이 개정됩니다. 주요 변경 사항은 다음과 같습니다.</p>"
     "<ul><li>보관 기간 명확화</li><li>위탁 업체 목록 갱신</li></ul>",
     "<p>Our <b>privacy policy</b> changes. Main points:</p><ul><li>Clearer retention periods</li>"
     "<li>Updated list of processors</li></ul>",
     "<p><b>個人情報保護方針</b>を改定します。主な変更点:</p><ul><li>保管期間の明確化</li><li>委託先一覧の更新</li></ul>"),
    (2545, (), "가을 맞이 이벤트 {n}", "Autumn event {n}", "秋のイベント {n}",
     "<p>이벤트에 참여하고 <b>포인트</b>를 받으세요!</p><p>기간: 이번 달 말까지</p>",
     "<p>Join the event and earn <b>points</b>!</p><p>Until the end of this month.</p>",
     "<p>イベントに参加して<b>ポイント</b>をゲット!</p><p>期間: 今月末まで</p>"),
    (2543, (393,), "보안 강화 안내 {n}", "Security improvements {n}", "セキュリティ強化のお知らせ {n}",
     "<p>계정 보호를 위해 <b>2단계 인증</b> 사용을 권장합니다.</p>"
     "<ul><li>의심스러운 메일의 링크를 누르지 마세요.</li><li>비밀번호를 주기적으로 변경하세요.</li></ul>",
     "<p>We recommend <b>two-step verification</b>.</p><ul><li>Do not click links in suspicious mail.</li>"
     "<li>Change your password regularly.</li></ul>",
     "<p><b>二段階認証</b>のご利用をおすすめします。</p><ul><li>不審なメールのリンクは開かないでください。</li>"
     "<li>パスワードは定期的に変更してください。</li></ul>"),
)

# (ko, en, ja) question stems and answers; combined with each FAQ category.
FAQ_QUESTIONS = (
    ("{c}: 처음 이용하려면 어떻게 하나요?", "{c}: how do I get started?", "{c}: はじめて利用するには?",
     "<p>아래 순서대로 진행하세요.</p><ol><li>앱을 실행합니다.</li><li><b>설정</b>을 엽니다.</li>"
     "<li>안내에 따라 진행합니다.</li></ol>",
     "<p>Follow these steps.</p><ol><li>Open the app.</li><li>Open <b>Settings</b>.</li>"
     "<li>Follow the instructions.</li></ol>",
     "<p>次の手順で進めてください。</p><ol><li>アプリを起動します。</li><li><b>設定</b>を開きます。</li>"
     "<li>案内に従って進めます。</li></ol>"),
    ("{c}: 오류 메시지가 나타나요", "{c}: I see an error message", "{c}: エラーメッセージが表示されます",
     "<p>일시적인 오류일 수 있습니다. <b>앱을 재시작</b>한 뒤 다시 시도해 주세요.</p>"
     "<p>계속되면 <a href=\"https://example.com/contact\">1:1 문의</a>를 남겨 주세요.</p>",
     "<p>This may be temporary. <b>Restart the app</b> and try again.</p>"
     "<p>If it persists, <a href=\"https://example.com/contact\">contact us</a>.</p>",
     "<p>一時的なエラーの可能性があります。<b>アプリを再起動</b>してください。</p>"
     "<p>解決しない場合は<a href=\"https://example.com/contact\">お問い合わせ</a>ください。</p>"),
    ("{c}: 처리까지 얼마나 걸리나요?", "{c}: how long does it take?", "{c}: 処理にはどのくらいかかりますか?",
     "<p>보통 <b>영업일 기준 1~3일</b>이 걸립니다.</p>",
     "<p>Usually <b>1 to 3 business days</b>.</p>",
     "<p>通常<b>1～3営業日</b>かかります。</p>"),
)

# (ko, en, ja) given names for customers cust-001 .. cust-020: (name, language, email local part)
CUSTOMERS = (
    ("김민준", "ko", "minjun.kim"), ("이서연", "ko", "seoyeon.lee"), ("박지호", "ko", "jiho.park"),
    ("Emily Carter", "en", "emily.carter"), ("佐藤 花子", "ja", "hanako.sato"), ("최예은", "ko", "yeeun.choi"),
    ("정도윤", "ko", "doyun.jung"), ("James Wilson", "en", "james.wilson"), ("鈴木 一郎", "ja", "ichiro.suzuki"),
    ("강하은", "ko", "haeun.kang"), ("조우진", "ko", "woojin.cho"), ("윤지아", "ko", "jia.yoon"),
    ("Olivia Brown", "en", "olivia.brown"), ("高橋 さくら", "ja", "sakura.takahashi"), ("장서준", "ko", "seojun.jang"),
    ("임수아", "ko", "sua.lim"), ("한시우", "ko", "siwoo.han"), ("Noah Martin", "en", "noah.martin"),
    ("田中 健", "ja", "ken.tanaka"), ("오채원", "ko", "chaewon.oh"),
)

TICKET_SUBJECTS = {
    "ko": ("로그인이 되지 않습니다", "결제가 두 번 되었어요", "환불 요청드립니다", "앱이 자꾸 종료됩니다",
           "비밀번호 재설정 메일이 오지 않아요", "영수증 재발급 부탁드립니다", "회원 정보를 바꾸고 싶어요",
           "기능 제안드립니다"),
    "en": ("I cannot log in", "I was charged twice", "Refund request", "The app keeps crashing",
           "No password reset mail", "Please reissue my receipt", "I want to update my details",
           "A feature suggestion"),
    "ja": ("ログインできません", "二重に課金されました", "返金をお願いします", "アプリが落ちます",
           "パスワード再設定メールが届きません", "領収書の再発行をお願いします", "会員情報を変更したい",
           "機能の提案です"),
}

TICKET_BODIES = {
    "ko": "안녕하세요. {s} 확인 부탁드립니다.\n어제부터 계속 같은 문제가 있습니다.",
    "en": "Hello. {s} - could you please check?\nIt has been happening since yesterday.",
    "ja": "こんにちは。{s}。ご確認をお願いします。\n昨日から同じ問題が続いています。",
}

REPLIES = {
    "ko": ("<p>안녕하세요, 고객님. 문의 주셔서 감사합니다.</p><p>확인 후 <b>다시 안내</b>드리겠습니다.</p>",
           "<p>요청하신 처리가 <b>완료</b>되었습니다. 이용에 불편을 드려 죄송합니다.</p>",
           "<p>추가 확인을 위해 <b>스크린샷</b>을 보내 주실 수 있을까요?</p>"),
    "en": ("<p>Hello, thank you for contacting us.</p><p>We will <b>get back to you</b> shortly.</p>",
           "<p>Your request has been <b>completed</b>. Sorry for the inconvenience.</p>",
           "<p>Could you send us a <b>screenshot</b>?</p>"),
    "ja": ("<p>お問い合わせありがとうございます。</p><p>確認のうえ<b>改めてご連絡</b>いたします。</p>",
           "<p>ご依頼の処理が<b>完了</b>しました。ご不便をおかけしました。</p>",
           "<p>確認のため<b>スクリーンショット</b>をお送りいただけますか?</p>"),
}

FOLLOW_UPS = {
    "ko": ("<p>네, 스크린샷 첨부합니다.</p>", "<p>아직 해결되지 않았습니다.</p>"),
    "en": ("<p>Sure, screenshot attached.</p>", "<p>It is still not solved.</p>"),
    "ja": ("<p>スクリーンショットを添付します。</p>", "<p>まだ解決していません。</p>"),
}

STATUS_NAMES = {
    "ko": {"new": "접수 완료", "open": "문의 확인", "reply": "추가 확인", "solved": "답변 완료", "closed": "최종 완료"},
    "en": {"new": "Received", "open": "In progress", "reply": "Awaiting your reply", "solved": "Answered",
           "closed": "Closed"},
    "ja": {"new": "受付完了", "open": "確認中", "reply": "追加確認", "solved": "回答済み", "closed": "完了"},
}

ENTRY_TYPE_NAMES = {
    "ko": {"enduser": "질문", "reply": "답변"},
    "en": {"enduser": "Question", "reply": "Answer"},
    "ja": {"enduser": "質問", "reply": "回答"},
}
