"""Field definitions of the seeded inquiry types (§3.12): system fields plus custom fields.

Form 2542 (reset mail not received) uses every field type; payment, refund and app-problem
types get smaller custom forms; every other type uses ``DEFAULT_FORM``.
"""

# ruff: noqa: E501  (long literal strings of the text corpus)

from __future__ import annotations

from typing import Any

L = dict[str, str]


def _t(ko: str, en: str, ja: str) -> L:
    return {"ko": ko, "en": en, "ja": ja}


def _field(
    field_id: int, code: str, type_: str, title: L, *, description: L | None = None,
    placeholder: L | None = None, length: int = 0, required: bool = False, encrypt: bool = False,
    options: dict[str, list[str]] | None = None,
) -> dict[str, Any]:
    return {
        "fieldId": field_id, "code": code, "type": type_, "title": title,
        "description": description or _t("", "", ""), "placeholder": placeholder or _t("", "", ""),
        "length": length, "required": required, "encrypt": encrypt, "holdingText": True,
        "options": options,
    }


_OPTS = {"ko": ["옵션1", "옵션2", "옵션3"], "en": ["Option 1", "Option 2", "Option 3"],
         "ja": ["オプション1", "オプション2", "オプション3"]}

_PRIVACY = _t(
    "수집하는 개인 정보[(필수) 이메일, 이름, (선택) 전화번호]는 문의 처리에 이용되며, "
    "<b>관련 법령에 따라 3년간 보관 후 삭제</b>됩니다. 동의를 거부할 수 있으나 이 경우 문의 접수가 제한됩니다.",
    "We collect your e-mail and name (required) and phone (optional) to handle your inquiry. "
    "<b>They are kept for 3 years as required by law, then deleted.</b>",
    "収集する個人情報[(必須) メール、氏名、(任意) 電話番号]はお問い合わせ対応に利用し、"
    "<b>法令に基づき3年間保管後に削除</b>します。",
)

FIELDS: list[dict[str, Any]] = [
    _field(1, "category", "dropdown", _t("유형", "Inquiry type", "お問い合わせ種別"), required=True),
    _field(2, "name", "text", _t("이름", "Name", "氏名"), length=100, required=True),
    _field(3, "mail", "text", _t("이메일", "E-mail", "メールアドレス"), length=100, required=True, encrypt=True,
           description=_t("답변을 받을 이메일 주소를 입력하세요.", "Answers are sent to this address.",
                          "回答を受け取るメールアドレスを入力してください。"),
           placeholder=_t("example@example.com", "example@example.com", "example@example.com")),
    _field(4, "phone", "text", _t("전화번호", "Phone", "電話番号"), length=30, encrypt=True,
           placeholder=_t("010-1234-5678", "+82 10 1234 5678", "090-1234-5678")),
    _field(5, "subject", "text", _t("제목", "Subject", "件名"), length=200, required=True),
    _field(6, "content", "textarea", _t("문의내용", "Details", "お問い合わせ内容"), length=5000, required=True,
           placeholder=_t("문의 내용을 자세히 적어 주세요.", "Describe the problem in detail.",
                          "お問い合わせ内容を詳しくご記入ください。")),
    _field(9, "attachment", "file", _t("첨부파일", "Attachments", "添付ファイル"),
           description=_t("10MB 이내 모든 이미지 및 허용된 문서 (MS office, hwp, pdf, txt)와 zip 파일을 5개까지 첨부가능합니다.",
                          "Up to 5 files of 10 MB: images, MS Office, hwp, pdf, txt and zip.",
                          "10MB以内の画像・文書(MS Office、hwp、pdf、txt)とzipを5つまで添付できます。")),
    _field(11, "personalAgree", "agree", _t("개인정보수집", "Personal data collection", "個人情報の収集"),
           description=_PRIVACY, required=True,
           placeholder=_t("위, 개인정보 수집 및 활용에 동의합니다.", "I agree to the collection and use of my data.",
                          "上記の個人情報の収集・利用に同意します。")),
    _field(18, "typeOne", "text", _t("구분1", "Category 1", "区分1"), length=200),
    _field(19, "typeTwo", "text", _t("구분2", "Category 2", "区分2"), length=200),
    _field(720, "caption", "caption", _t("안내", "Please note", "ご案内"), length=50,
           description=_t("<div style=\"color:red\">꼭 읽어 주세요</div>", "<div style=\"color:red\">Please read</div>",
                          "<div style=\"color:red\">必ずお読みください</div>"),
           placeholder=_t("<div style=\"font-size:16px\">재설정 메일은 <b>스팸함</b>으로 분류될 수 있습니다.</div>",
                          "<div style=\"font-size:16px\">The reset mail may land in your <b>spam folder</b>.</div>",
                          "<div style=\"font-size:16px\">再設定メールは<b>迷惑メール</b>に振り分けられる場合があります。</div>")),
    _field(721, "textbox", "text", _t("회원 ID", "Member ID", "会員ID"), length=50, required=True,
           description=_t("<div style=\"color:red\">로그인할 때 쓰는 ID</div>", "<div style=\"color:red\">The ID you log in with</div>",
                          "<div style=\"color:red\">ログインに使うID</div>"),
           placeholder=_t("예: hong123", "e.g. hong123", "例: hong123")),
    _field(722, "checkbox", "checkbox", _t("확인한 항목", "What you checked", "確認した項目"), length=50, encrypt=True,
           description=_t("해당하는 항목을 모두 고르세요.", "Tick everything that applies.", "該当する項目をすべて選んでください。"),
           options=_OPTS),
    _field(723, "dropdown", "dropdown", _t("메일 서비스", "Mail provider", "メールサービス"), length=50,
           description=_t("사용하는 메일 서비스", "Your mail provider", "ご利用のメールサービス"), options=_OPTS),
    _field(724, "radiobutton", "radio", _t("가입 경로", "How you signed up", "登録経路"), length=50,
           description=_t("가입한 방법", "How you created the account", "登録した方法"), options=_OPTS),
    _field(725, "date", "date", _t("가입일", "Sign-up date", "登録日"), length=50,
           description=_t("대략적인 날짜", "Approximate date", "おおよその日付"),
           placeholder=_t("2022-07-11", "2022-07-11", "2022-07-11")),
    _field(726, "datetime", "datetime", _t("마지막 요청 일시", "Last request at", "最後の依頼日時"), length=50,
           placeholder=_t("2022-07-11 00:00", "2022-07-11 00:00", "2022-07-11 00:00")),
    _field(727, "dateperiod", "date_period", _t("문제 발생 기간", "Problem period", "発生期間"), length=50,
           placeholder=_t("2022-07-01 ~ 2022-07-31", "2022-07-01 ~ 2022-07-31", "2022-07-01 ~ 2022-07-31")),
    _field(728, "datetimeperiod", "datetime_period", _t("연락 가능 시간", "Reachable between", "連絡可能な時間"),
           length=50, placeholder=_t("2022-07-01 00:00 ~ 2022-07-31 23:59", "2022-07-01 00:00 ~ 2022-07-31 23:59",
                                     "2022-07-01 00:00 ~ 2022-07-31 23:59")),
    _field(729, "agreetotheterms", "agree", _t("약관 동의", "Terms", "規約への同意"), length=50,
           description=_t("서비스 이용약관", "Terms of service", "利用規約"),
           placeholder=_t("이용약관에 동의합니다.", "I accept the terms of service.", "利用規約に同意します。")),
    _field(730, "payMethod", "dropdown", _t("결제 수단", "Payment method", "支払い方法"), required=True,
           options={"ko": ["신용카드", "체크카드", "휴대폰"], "en": ["Credit card", "Debit card", "Mobile"],
                    "ja": ["クレジットカード", "デビットカード", "携帯電話"]}),
    _field(731, "payDate", "date", _t("결제일", "Payment date", "決済日"), required=True,
           placeholder=_t("2024-01-31", "2024-01-31", "2024-01-31")),
    _field(732, "orderNo", "text", _t("주문 번호", "Order number", "注文番号"), length=30, required=True,
           placeholder=_t("ORD-0000000", "ORD-0000000", "ORD-0000000")),
    _field(733, "refundReason", "radio", _t("환불 사유", "Refund reason", "返金理由"), required=True,
           options={"ko": ["단순 변심", "중복 결제", "서비스 장애"], "en": ["Changed my mind", "Double charge", "Outage"],
                    "ja": ["気が変わった", "二重決済", "障害"]}),
    _field(734, "refundDetail", "textarea", _t("상세 사유", "Details", "詳細"), length=1000),
    _field(735, "os", "dropdown", _t("운영체제", "Operating system", "OS"), required=True,
           options={"ko": ["Android", "iOS", "기타"], "en": ["Android", "iOS", "Other"], "ja": ["Android", "iOS", "その他"]}),
    _field(736, "appVersion", "text", _t("앱 버전", "App version", "アプリのバージョン"), length=20,
           placeholder=_t("3.2.1", "3.2.1", "3.2.1")),
    _field(737, "occurredAt", "datetime", _t("발생 일시", "When did it happen", "発生日時"),
           placeholder=_t("2024-01-31 13:00", "2024-01-31 13:00", "2024-01-31 13:00")),
]

DEFAULT_FORM = [1, 3, 5, 6, 2, 4, 9, 11]
FULL_FORM = [1, 3, 5, 6, 2, 4, 9, 18, 19, 720, 721, 722, 723, 724, 725, 726, 727, 728, 729, 11]
FORMS: dict[int, list[int]] = {
    2542: FULL_FORM,
    2577: [1, 3, 5, 6, 2, 4, 730, 731, 732, 9, 11],
    2578: [1, 3, 5, 6, 2, 4, 730, 731, 732, 9, 11],
    2579: [1, 3, 5, 6, 2, 4, 730, 731, 9, 11],
    2580: [1, 3, 5, 6, 2, 4, 732, 733, 734, 9, 11],
    2584: [1, 3, 5, 6, 2, 4, 735, 736, 737, 9, 11],
}

SYSTEM_CODES = frozenset(
    {"category", "name", "mail", "phone", "subject", "content", "attachment", "personalAgree", "typeOne", "typeTwo"}
)
