<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>%1 について</translation>
    </message>
    <message>
        <source>About</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Version %1&lt;br&gt;&lt;br&gt;A workstation for help-desk agents on NHN Cloud Contiple: Help Center, tickets on behalf of callers and customer history.&lt;br&gt;&lt;br&gt;Qt %2 · PySide6 %3</source>
        <translation>バージョン %1&lt;br&gt;&lt;br&gt;NHN Cloud Contiple のヘルプデスク担当者向けワークステーション：ヘルプセンター、お客様に代わってのチケット登録、お客様の問い合わせ履歴。&lt;br&gt;&lt;br&gt;Qt %2 · PySide6 %3</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>通話(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Content language</source>
        <translation>コンテンツの言語(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>画面の言語(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Submit ticket / send follow-up</source>
        <translation>チケット送信 / 追加の問い合わせを送信(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>ファイルを添付(&amp;A)…</translation>
    </message>
    <message>
        <source>Connection &amp;profiles…</source>
        <translation>接続プロファイル(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help Center</source>
        <translation>ヘルプセンター(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New ticket</source>
        <translation>新規チケット(&amp;N)</translation>
    </message>
    <message>
        <source>Customer hi&amp;story</source>
        <translation>問い合わせ履歴(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Find caller…</source>
        <translation>お客様を検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Search in this &amp;area</source>
        <translation>このエリア内を検索(&amp;A)</translation>
    </message>
    <message>
        <source>Ticket &amp;caller</source>
        <translation>チケットのお客様情報(&amp;C)</translation>
    </message>
    <message>
        <source>Ticket inquiry &amp;type</source>
        <translation>チケットの問い合わせ種別(&amp;T)</translation>
    </message>
    <message>
        <source>New &amp;call</source>
        <translation>新しい通話(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Next caller</source>
        <translation>次のお客様(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Follow up on the newest open ticket</source>
        <translation>最新の対応中チケットに追加の問い合わせ(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Insert call summary</source>
        <translation>通話の要約を挿入(&amp;I)</translation>
    </message>
    <message>
        <source>Call n&amp;otes</source>
        <translation>通話メモ(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>送信トレイ(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Watched tickets…</source>
        <translation>ウォッチ中のチケット(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Latest ticket update</source>
        <translation>最新のチケット更新(&amp;L)</translation>
    </message>
    <message>
        <source>Apply &amp;template…</source>
        <translation>テンプレートを適用(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Save form as template…</source>
        <translation>フォームをテンプレートとして保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Manage templates…</source>
        <translation>テンプレートの管理(&amp;M)…</translation>
    </message>
    <message>
        <source>Insert reply s&amp;nippet…</source>
        <translation>返信用の定型文を挿入(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>診断情報をコピー(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About Contiple Desktop</source>
        <translation>Contiple Desktop について(&amp;A)</translation>
    </message>
    <message>
        <source>Back to the previous document</source>
        <translation>前のドキュメントに戻る</translation>
    </message>
    <message>
        <source>Help Center</source>
        <translation>ヘルプセンター</translation>
    </message>
    <message>
        <source>Open the selected document or ticket</source>
        <translation>選択したドキュメントまたはチケットを開く</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>一覧</translation>
    </message>
    <message>
        <source>Customer user code</source>
        <translation>お客様のユーザーコード</translation>
    </message>
    <message>
        <source>Customer history</source>
        <translation>問い合わせ履歴</translation>
    </message>
    <message>
        <source>In the user code or phone: look the caller up</source>
        <translation>ユーザーコードまたは電話番号の欄で: お客様を照会</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>新規チケット</translation>
    </message>
    <message>
        <source>Fold the inquiry types away again</source>
        <translation>問い合わせ種別の一覧を再び畳む</translation>
    </message>
</context>
<context>
    <name>AgreeField</name>
    <message>
        <source>I agree</source>
        <translation>同意します</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Demo workspace</source>
        <translation>デモ ワークスペース</translation>
    </message>
    <message>
        <source>Connecting to the demo workspace…</source>
        <translation>デモ ワークスペースに接続しています…</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>Attachment list</source>
        <translation>添付ファイル一覧</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>添付ファイルを開く</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <source>Save attachment as</source>
        <translation>添付ファイルに名前を付けて保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>ダウンロードをキャンセル</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>ダウンロードの進行状況</translation>
    </message>
    <message>
        <source>Download error</source>
        <translation>ダウンロードのエラー</translation>
    </message>
    <message>
        <source>Save attachment to folder</source>
        <translation>添付ファイルの保存先フォルダー</translation>
    </message>
    <message>
        <source>Could not download “%2”: %1</source>
        <translation>「%2」をダウンロードできませんでした: %1</translation>
    </message>
</context>
<context>
    <name>AttachmentRow</name>
    <message>
        <source>Upload progress of %1</source>
        <translation>%1 のアップロードの進行状況</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>%1 の状態</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel upload of %1</source>
        <translation>%1 のアップロードをキャンセル</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Retry %1</source>
        <translation>%1 を再試行</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>サーバーの応答を待っています…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>%1 is a link to %2</source>
        <translation>%1 は %2 へのリンクです</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>アップロード中…</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>添付済み</translation>
    </message>
    <message>
        <source>Upload failed</source>
        <translation>アップロード失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>未添付</translation>
    </message>
</context>
<context>
    <name>AttachmentTray</name>
    <message>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>ファイルを添付…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>ファイルを添付</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <source>Paste screenshot or files</source>
        <translation>スクリーンショットまたはファイルを貼り付け</translation>
    </message>
    <message>
        <source>Attachment rules</source>
        <translation>添付のルール</translation>
    </message>
    <message>
        <source>Allowed files (%1)</source>
        <translation>添付できるファイル (%1)</translation>
    </message>
    <message>
        <source>Drop files here or paste a screenshot (Ctrl+V). %1 of %2 files; each under 10 MB.</source>
        <translation>ドロップまたは貼り付け (Ctrl+V) で添付。%1 / %2 ファイル、各 10 MB 未満。</translation>
    </message>
    <message>
        <source>This link points to a file that does not exist (any more).</source>
        <translation>このリンクの指すファイルがありません（削除された可能性があります）。</translation>
    </message>
    <message>
        <source>This link points to a folder, not a file. Attach the files inside it.</source>
        <translation>このリンクはファイルではなくフォルダーを指しています。中のファイルを添付してください。</translation>
    </message>
    <message>
        <source>This is a folder, not a file. Attach the files inside it.</source>
        <translation>ファイルではなくフォルダーです。中のファイルを添付してください。</translation>
    </message>
    <message>
        <source>This link points to a pipe, socket or device, not a file; it cannot be attached.</source>
        <translation>このリンクはファイルではなくパイプ、ソケット、デバイスを指しているため添付できません。</translation>
    </message>
    <message>
        <source>This is a pipe, socket or device, not a file; it cannot be attached.</source>
        <translation>ファイルではなくパイプ、ソケット、デバイスのため添付できません。</translation>
    </message>
</context>
<context>
    <name>BrowseTab</name>
    <message>
        <source>Results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>List status</source>
        <translation>一覧の状態</translation>
    </message>
    <message>
        <source>Search &amp;everywhere</source>
        <translation>すべてから検索(&amp;E)</translation>
    </message>
    <message>
        <source>Search everywhere</source>
        <translation>すべてから検索</translation>
    </message>
    <message>
        <source>List error</source>
        <translation>一覧のエラー</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>接続されていません。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Nothing found in %1 — search everywhere?</source>
        <translation>%1 には見つかりませんでした。すべてから検索しますか?</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>見つかりませんでした。</translation>
    </message>
    <message>
        <source>No items here.</source>
        <translation>項目がありません。</translation>
    </message>
</context>
<context>
    <name>CallCard</name>
    <message>
        <source>Call %1–%2 (%n min)</source>
        <translation>通話 %1–%2（%n 分）</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>通話</translation>
    </message>
    <message>
        <source>Call timer</source>
        <translation>通話時間</translation>
    </message>
    <message>
        <source>Caller identity</source>
        <translation>お客様の情報</translation>
    </message>
    <message>
        <source>Caller lookup</source>
        <translation>お客様の照会</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>対応中のチケット</translation>
    </message>
    <message>
        <source>Open tickets message</source>
        <translation>対応中のチケットの案内</translation>
    </message>
    <message>
        <source>Follow up on the newest</source>
        <translation>最新のチケットに追加の問い合わせ</translation>
    </message>
    <message>
        <source>Follow up on the newest open ticket</source>
        <translation>最新の対応中チケットに追加の問い合わせ</translation>
    </message>
    <message>
        <source>Open the newest open ticket&apos;s follow-up (Ctrl+Shift+O)</source>
        <translation>最新の対応中チケットの追加の問い合わせを開く（Ctrl+Shift+O）</translation>
    </message>
    <message>
        <source>Call notes (private, stay on this PC)</source>
        <translation>通話メモ（非公開、この PC にのみ保存）</translation>
    </message>
    <message>
        <source>Call notes</source>
        <translation>通話メモ</translation>
    </message>
    <message>
        <source>Notes for this call (Ctrl+Shift+M)</source>
        <translation>この通話のメモ（Ctrl+Shift+M）</translation>
    </message>
    <message>
        <source>Insert call summary</source>
        <translation>通話の要約を挿入</translation>
    </message>
    <message>
        <source>Insert the call time and the notes into the ticket or the follow-up (Ctrl+Shift+I)</source>
        <translation>通話時間とメモをチケットまたは追加の問い合わせに挿入（Ctrl+Shift+I）</translation>
    </message>
    <message>
        <source>Next caller</source>
        <translation>次のお客様</translation>
    </message>
    <message>
        <source>End this call and start fresh (Ctrl+Shift+N)</source>
        <translation>この通話を終えて新しく始める（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>Notes of an earlier call</source>
        <translation>前の通話のメモ</translation>
    </message>
    <message>
        <source>Notes of an earlier call message</source>
        <translation>前の通話のメモの案内</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Resume the earlier call</source>
        <translation>前の通話を再開</translation>
    </message>
    <message>
        <source>Delete notes</source>
        <translation>メモを削除</translation>
    </message>
    <message>
        <source>Delete the earlier call&apos;s notes</source>
        <translation>前の通話のメモを削除</translation>
    </message>
    <message>
        <source>Looking up the caller…</source>
        <translation>お客様を照会しています…</translation>
    </message>
    <message>
        <source>Call since %1 · %2</source>
        <translation>%1 から通話中 · %2</translation>
    </message>
    <message>
        <source>Caller not identified yet</source>
        <translation>お客様はまだ特定されていません</translation>
    </message>
    <message>
        <source>Customer found by the caller lookup.</source>
        <translation>照会でお客様が見つかりました。</translation>
    </message>
    <message>
        <source>No customer found for this number</source>
        <translation>この番号のお客様は見つかりません</translation>
    </message>
    <message>
        <source>No caller lookup is set up for this connection; callers served today are suggested as you type.</source>
        <translation>この接続にはお客様の照会が設定されていません。入力中に本日対応したお客様を候補に表示します。</translation>
    </message>
    <message>
        <source>The number is not a usable phone number; the lookup was not asked.</source>
        <translation>使える電話番号ではないため、照会しませんでした。</translation>
    </message>
    <message>
        <source>The caller lookup failed: %1 You can still file the ticket.</source>
        <translation>お客様の照会に失敗しました: %1 チケットはそのまま受け付けできます。</translation>
    </message>
    <message>
        <source>Filled from a call earlier today.</source>
        <translation>本日の前の通話の情報で入力しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n open ticket(s) — follow up on the newest instead?</source>
        <translation>
            <numerusform>対応中のチケット %n 件 — 代わりに最新のチケットに追加の問い合わせをしますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Newest: %1</source>
        <translation>最新: %1</translation>
    </message>
    <message>
        <source>Notes of an earlier call (%1) were kept.</source>
        <translation>前の通話（%1）のメモを保存しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n more kept.</source>
        <translation>
            <numerusform>ほかに %n 件保存されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to this call</source>
        <translation>この通話に追加</translation>
    </message>
</context>
<context>
    <name>CallCommands</name>
    <message>
        <source>No call in progress: start one with Call ▸ New call.</source>
        <translation>通話中ではありません。通話 ▸ 新しい通話 で始めてください。</translation>
    </message>
    <message>
        <source>This caller has no open ticket to follow up.</source>
        <translation>このお客様には追加の問い合わせができる対応中のチケットがありません。</translation>
    </message>
    <message>
        <source>There is nothing to attach files to here.</source>
        <translation>ここにはファイルを添付する場所がありません。</translation>
    </message>
</context>
<context>
    <name>CallerBox</name>
    <message>
        <source>Caller</source>
        <translation>お客様</translation>
    </message>
    <message>
        <source>User code</source>
        <translation>ユーザーコード</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Error in %1</source>
        <translation>%1 のエラー</translation>
    </message>
    <message>
        <source>The customer&apos;s ID (optional)</source>
        <translation>お客様の ID（任意）</translation>
    </message>
    <message>
        <source>Enter shows the caller&apos;s recent tickets</source>
        <translation>Enter でお客様の最近のチケットを表示します</translation>
    </message>
    <message>
        <source>Enter looks the caller up by phone number</source>
        <translation>Enter で電話番号からお客様を照会します</translation>
    </message>
    <message>
        <source>Callers served today</source>
        <translation>本日対応したお客様</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必須項目です。</translation>
    </message>
</context>
<context>
    <name>CallerLookup</name>
    <message>
        <source>Customer &amp;user code:</source>
        <translation>お客様のユーザーコード(&amp;U):</translation>
    </message>
    <message>
        <source>Customer user code</source>
        <translation>お客様のユーザーコード</translation>
    </message>
    <message>
        <source>Type the caller&apos;s user code or phone number and press Enter</source>
        <translation>お客様のユーザーコードか電話番号を入力して Enter を押してください</translation>
    </message>
    <message>
        <source>e.g. cust-001 or 010-1234-5678</source>
        <translation>例: cust-001 または 010-1234-5678</translation>
    </message>
    <message>
        <source>Caller lookup</source>
        <translation>お客様の照会</translation>
    </message>
    <message>
        <source>Caller lookup error</source>
        <translation>お客様の照会のエラー</translation>
    </message>
    <message>
        <source>Looking up the caller…</source>
        <translation>お客様を照会しています…</translation>
    </message>
    <message>
        <source>Customer %1 has this number.</source>
        <translation>お客様 %1 の番号です。</translation>
    </message>
    <message>
        <source>The caller lookup knows this number but gives no user code; enter the user code.</source>
        <translation>照会でこの番号は見つかりましたが、ユーザーコードがありません。ユーザーコードを入力してください。</translation>
    </message>
    <message>
        <source>No customer found for this number</source>
        <translation>この番号のお客様は見つかりません</translation>
    </message>
    <message>
        <source>No caller lookup is set up for this connection, and no caller served today has this number. Enter the user code.</source>
        <translation>この接続にはお客様の照会が設定されておらず、本日対応したお客様にもこの番号はありません。ユーザーコードを入力してください。</translation>
    </message>
    <message>
        <source>The caller lookup failed: %1 Enter the user code.</source>
        <translation>お客様の照会に失敗しました: %1 ユーザーコードを入力してください。</translation>
    </message>
    <message>
        <source>Show tickets</source>
        <translation>チケットを表示</translation>
    </message>
</context>
<context>
    <name>CallerLookupForm</name>
    <message>
        <source>Look callers up by phone</source>
        <translation>電話番号で発信者を照会</translation>
    </message>
    <message>
        <source>Lookup address</source>
        <translation>照会先アドレス</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>Web アドレス(&amp;W):</translation>
    </message>
    <message>
        <source>Request field for the phone number</source>
        <translation>電話番号を入れる要求フィールド</translation>
    </message>
    <message>
        <source>Phone &amp;field:</source>
        <translation>電話番号フィールド(&amp;F):</translation>
    </message>
    <message>
        <source>Number format in the request</source>
        <translation>要求で使う番号の形式</translation>
    </message>
    <message>
        <source>Digits only (01010015007)</source>
        <translation>数字のみ (01010015007)</translation>
    </message>
    <message>
        <source>National (010-1001-5007)</source>
        <translation>国内形式 (010-1001-5007)</translation>
    </message>
    <message>
        <source>E.164 (+821010015007)</source>
        <translation>E.164 (+821010015007)</translation>
    </message>
    <message>
        <source>International (+82 10-1001-5007)</source>
        <translation>国際形式 (+82 10-1001-5007)</translation>
    </message>
    <message>
        <source>Nu&amp;mber format:</source>
        <translation>番号の形式(&amp;M):</translation>
    </message>
    <message>
        <source>Constant fields</source>
        <translation>固定フィールド</translation>
    </message>
    <message>
        <source>One name=value per line, e.g. nation=korea</source>
        <translation>1 行に 1 つずつ 名前=値、例: nation=korea</translation>
    </message>
    <message>
        <source>Constant fields:</source>
        <translation>固定フィールド:</translation>
    </message>
    <message>
        <source>User code item:</source>
        <translation>ユーザーコードの項目:</translation>
    </message>
    <message>
        <source>Result item for the user code</source>
        <translation>ユーザーコードが入る結果項目</translation>
    </message>
    <message>
        <source>Name item:</source>
        <translation>名前の項目:</translation>
    </message>
    <message>
        <source>Result item for the name</source>
        <translation>名前が入る結果項目</translation>
    </message>
    <message>
        <source>E-mail item:</source>
        <translation>メールアドレスの項目:</translation>
    </message>
    <message>
        <source>Result item for the e-mail address</source>
        <translation>メールアドレスが入る結果項目</translation>
    </message>
    <message>
        <source>Phone item:</source>
        <translation>電話番号の項目:</translation>
    </message>
    <message>
        <source>Result item for the phone number</source>
        <translation>電話番号が入る結果項目</translation>
    </message>
    <message>
        <source>API encryption (requests are signed with the security key)</source>
        <translation>API 暗号化（セキュリティキーで要求に署名）</translation>
    </message>
    <message>
        <source>API encryption</source>
        <translation>API 暗号化</translation>
    </message>
    <message>
        <source>Security key</source>
        <translation>セキュリティキー</translation>
    </message>
    <message>
        <source>Show security key</source>
        <translation>セキュリティキーを表示</translation>
    </message>
    <message>
        <source>Securit&amp;y key:</source>
        <translation>セキュリティキー(&amp;Y):</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Security key status</source>
        <translation>セキュリティキーの状態</translation>
    </message>
    <message>
        <source>Caller lookup problem</source>
        <translation>発信者照会の設定の問題</translation>
    </message>
    <message>
        <source>Phone number to test</source>
        <translation>テストする電話番号</translation>
    </message>
    <message>
        <source>Test lookup</source>
        <translation>照会をテスト</translation>
    </message>
    <message>
        <source>Test num&amp;ber:</source>
        <translation>テスト番号(&amp;B):</translation>
    </message>
    <message>
        <source>Lookup test result</source>
        <translation>照会テストの結果</translation>
    </message>
    <message>
        <source>Enter the address of the customer lookup.</source>
        <translation>顧客照会 API のアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Enter an https:// address without user name or #fragment (plain http only for this computer).</source>
        <translation>ユーザー名や #フラグメントを含まない https:// アドレスを入力してください（http はこのコンピューターのみ可）。</translation>
    </message>
    <message>
        <source>Enter the request field that carries the phone number (e.g. callNum).</source>
        <translation>電話番号を入れる要求フィールドを入力してください（例: callNum）。</translation>
    </message>
    <message>
        <source>Write each constant field as name=value on its own line (line %1).</source>
        <translation>固定フィールドは 1 行に 1 つずつ 名前=値 で書いてください（%1 行目）。</translation>
    </message>
    <message>
        <source>A request field is given twice.</source>
        <translation>同じ要求フィールドが 2 回指定されています。</translation>
    </message>
    <message>
        <source>Name at least one result item (e.g. id for the user code).</source>
        <translation>結果項目を 1 つ以上指定してください（例: ユーザーコードは id）。</translation>
    </message>
    <message>
        <source>Enter the security key, or turn API encryption off.</source>
        <translation>セキュリティキーを入力するか、API 暗号化をオフにしてください。</translation>
    </message>
    <message>
        <source>These caller lookup settings cannot be used; check every field.</source>
        <translation>この発信者照会の設定は使えません。すべての項目を確認してください。</translation>
    </message>
    <message>
        <source>Not stored (the keyring refused it)</source>
        <translation>未保存（キーリングが拒否しました）</translation>
    </message>
    <message>
        <source>Not available (the keyring is locked or missing)</source>
        <translation>利用できません（キーリングがロック中か、ありません）</translation>
    </message>
    <message>
        <source>Stored in the system keyring</source>
        <translation>システムのキーリングに保存済み</translation>
    </message>
    <message>
        <source>Session only (not saved; enter it again next time)</source>
        <translation>このセッションのみ（未保存。次回再入力）</translation>
    </message>
    <message>
        <source>Switch the caller lookup on first.</source>
        <translation>先に発信者照会をオンにしてください。</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>照会中…</translation>
    </message>
    <message>
        <source>user code %1</source>
        <translation>ユーザーコード %1</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>見つかりました: %1</translation>
    </message>
    <message>
        <source>The lookup answered: no customer has this number.</source>
        <translation>照会結果: この番号のお客様はいません。</translation>
    </message>
    <message>
        <source>Enter a valid phone number to test with.</source>
        <translation>テストに使う正しい電話番号を入力してください。</translation>
    </message>
    <message>
        <source>Hide security key</source>
        <translation>セキュリティキーを非表示</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>The test stopped because of an unexpected error: %1</source>
        <translation>予期しないエラーのためテストを中止しました: %1</translation>
    </message>
    <message>
        <source>Enter the service ID.</source>
        <translation>サービス ID を入力してください。</translation>
    </message>
    <message>
        <source>The organization ID usually has 16 letters and digits (e.g. AbcdE1fghIj23K4x).</source>
        <translation>組織 ID は通常、英数字 16 文字です（例: AbcdE1fghIj23K4x）。</translation>
    </message>
    <message>
        <source>Reached the service “%1” at %2 (languages: %3).</source>
        <translation>%2 のサービス「%1」に接続しました（言語: %3）。</translation>
    </message>
    <message>
        <source>The service does not offer the content language “%1”; it will answer in “%2”.</source>
        <translation>サービスはコンテンツの言語「%1」に対応していないため、「%2」で応答します。</translation>
    </message>
    <message>
        <source>Enter the API key to test signed requests.</source>
        <translation>署名付きリクエストをテストするには API キーを入力してください。</translation>
    </message>
    <message>
        <source>The API key and the organization ID were accepted.</source>
        <translation>API キーと組織 ID が受け付けられました。</translation>
    </message>
    <message>
        <source>Plain http to %1 is refused: the API key would travel unprotected. Use an https address (plain http is allowed only for this computer).</source>
        <translation>%1 への暗号化なしの http 接続は拒否されます。API キーが保護されないまま送信されるためです。https のアドレスを使用してください（http はこのコンピューター内でのみ使用できます）。</translation>
    </message>
    <message>
        <source>“%1” is not a usable web address (https://…).</source>
        <translation>「%1」は使用できる Web アドレスではありません (https://…)。</translation>
    </message>
    <message>
        <source>“%1” is not a Contiple domain: use letters, digits and hyphens only (e.g. nhn-cs).</source>
        <translation>「%1」は Contiple のドメインではありません。英数字とハイフンのみを使用してください（例: nhn-cs）。</translation>
    </message>
    <message>
        <source>Cannot reach %1: no answer in time. Check the address, the network connection, and any proxy or firewall.</source>
        <translation>%1 に接続できません。時間内に応答がありませんでした。アドレス、ネットワーク接続、プロキシやファイアウォールを確認してください。</translation>
    </message>
    <message>
        <source>Cannot reach %1: the host name was not found or the connection was refused (%2). Check the environment and domain, the network connection, and any proxy or firewall.</source>
        <translation>%1 に接続できません。ホスト名が見つからないか、接続が拒否されました (%2)。環境とドメイン、ネットワーク接続、プロキシやファイアウォールを確認してください。</translation>
    </message>
    <message>
        <source>%1 answered, but not like a Contiple server (HTTP %2, not the Contiple JSON format). Check the environment, domain or custom address.</source>
        <translation>%1 から応答がありましたが、Contiple サーバーの応答ではありません（HTTP %2、Contiple の JSON 形式ではありません）。環境、ドメイン、またはカスタム アドレスを確認してください。</translation>
    </message>
    <message>
        <source>%1 does not know the service ID “%2”. Service IDs are case-sensitive: copy it from Service Management.</source>
        <translation>%1 にサービス ID「%2」が存在しません。サービス ID は大文字と小文字が区別されます。サービス管理からコピーしてください。</translation>
    </message>
    <message>
        <source>The server refuses this PC&apos;s time (more than 5 minutes off). Set the clock correctly (automatic time).</source>
        <translation>サーバーがこの PC の時刻を拒否しています（5 分以上のずれ）。時計を正しく合わせてください（時刻の自動設定）。</translation>
    </message>
    <message numerus="yes">
        <source>This PC&apos;s clock is off by %n minute(s) (behind the server). Requests still work because the app corrects for it, but please set the clock automatically.</source>
        <translation>
            <numerusform>この PC の時計がサーバーより %n 分遅れています。アプリが補正するため要求は処理されますが、時刻を自動で合わせるよう設定してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This PC&apos;s clock is off by %n minute(s) (ahead of the server). Requests still work because the app corrects for it, but please set the clock automatically.</source>
        <translation>
            <numerusform>この PC の時計がサーバーより %n 分進んでいます。アプリが補正するため要求は処理されますが、時刻を自動で合わせるよう設定してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This PC&apos;s clock is off by %n minute(s), and the server refuses requests whose time differs by more than 5 minutes. Set the clock correctly (automatic time).</source>
        <translation>
            <numerusform>この PC の時計が %n 分ずれており、サーバーは時刻が 5 分を超えてずれた要求を拒否します。時計を正しく合わせてください（時刻の自動設定）。</numerusform>
        </translation>
    </message>
    <message>
        <source>This PC&apos;s IP address is not on the service&apos;s list of allowed addresses. Ask a Contiple administrator to add it.</source>
        <translation>この PC の IP アドレスはサービスの許可アドレス一覧にありません。Contiple の管理者に追加を依頼してください。</translation>
    </message>
    <message>
        <source>The Open API is not enabled for the service “%1” (no API key exists). An administrator enables it in Service Management → Authentication.</source>
        <translation>サービス「%1」の Open API が有効になっていません（API キーがありません）。管理者がサービス管理 → 認証で有効にできます。</translation>
    </message>
    <message>
        <source>The server rejected the signature: the API key or the organization ID is wrong (either one is possible). The domain and service ID are right, because the unsigned request succeeded.</source>
        <translation>サーバーが署名を拒否しました。API キーまたは組織 ID が間違っています（どちらの可能性もあります）。署名なしのリクエストは成功したため、ドメインとサービス ID は正しいです。</translation>
    </message>
    <message>
        <source>The signed request failed: %1</source>
        <translation>署名付きリクエストが失敗しました: %1</translation>
    </message>
    <message>
        <source>The server answered with an error: %1</source>
        <translation>サーバーがエラーを返しました: %1</translation>
    </message>
</context>
<context>
    <name>CopyDetailsButton</name>
    <message>
        <source>Copy details</source>
        <translation>詳細をコピー</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Demo workspace</source>
        <translation>デモ ワークスペース</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo workspace&lt;/b&gt; — simulated Contiple service; nothing is sent to a real help desk.</source>
        <translation>&lt;b&gt;デモ ワークスペース&lt;/b&gt; — シミュレーションの Contiple サービスです。実際のヘルプデスクには何も送信されません。</translation>
    </message>
    <message>
        <source>Demo notice</source>
        <translation>デモのお知らせ</translation>
    </message>
    <message>
        <source>Connect to Contiple…</source>
        <translation>Contiple に接続…</translation>
    </message>
    <message>
        <source>Connect to Contiple</source>
        <translation>Contiple に接続</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>the file is too large</source>
        <translation>ファイルが大きすぎます</translation>
    </message>
    <message>
        <source>its name is too long</source>
        <translation>名前が長すぎます</translation>
    </message>
    <message>
        <source>this file type is not allowed</source>
        <translation>許可されていないファイル形式です</translation>
    </message>
    <message>
        <source>its content does not match its type</source>
        <translation>内容がファイル形式と一致しません</translation>
    </message>
    <message>
        <source>too many files</source>
        <translation>ファイルが多すぎます</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>読み込めません</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>Needs you</source>
        <translation>要確認</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>(guest)</source>
        <translation>（ゲスト）</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（件名なし）</translation>
    </message>
    <message>
        <source>The connection dropped while it was being sent, and without a user code the app cannot check whether it arrived. Look in the Contiple console, then say whether it was sent.</source>
        <translation>送信中に接続が切れました。ユーザーコードがないため、届いたかどうかアプリでは確認できません。Contiple のコンソールで確認してから、送信済みかどうかを指定してください。</translation>
    </message>
    <message>
        <source>The service refused these fields: %1. File it again from the form, or discard it.</source>
        <translation>サービスが次の項目を拒否しました: %1。フォームからもう一度受け付けるか、破棄してください。</translation>
    </message>
    <message>
        <source>a rule refused it</source>
        <translation>規則により拒否されました</translation>
    </message>
    <message>
        <source>The file %1 cannot be sent: %2. Discard the item, or retry.</source>
        <translation>ファイル %1 を送信できません: %2。項目を破棄するか、再試行してください。</translation>
    </message>
    <message>
        <source>The outbox&apos;s copy of %1 is missing or was changed on disk. Retry, or discard the item.</source>
        <translation>送信トレイに保管した %1 のコピーが見つからないか、ディスク上で変更されました。再試行するか、項目を破棄してください。</translation>
    </message>
    <message>
        <source>The service does not know the inquiry type any more (it may have been removed). File it again from the form, or discard it.</source>
        <translation>サービスにこの問い合わせ種別がもうありません（削除された可能性があります）。フォームからもう一度受け付けるか、破棄してください。</translation>
    </message>
    <message>
        <source>The service refused the ticket (%1). Retry, or discard it.</source>
        <translation>サービスがチケットを拒否しました（%1）。再試行するか、破棄してください。</translation>
    </message>
    <message>
        <source>Reading the outbox…</source>
        <translation>送信トレイを読み込んでいます…</translation>
    </message>
    <message>
        <source>Waiting for a connection to a Contiple service.</source>
        <translation>Contiple サービスへの接続を待っています。</translation>
    </message>
    <message>
        <source>Offline: tries again at %1.</source>
        <translation>オフライン: %1 に再試行します。</translation>
    </message>
    <message>
        <source>Offline.</source>
        <translation>オフライン。</translation>
    </message>
    <message>
        <source>The service is busy or failing: tries again at %1.</source>
        <translation>サービスが混雑しているか障害中です: %1 に再試行します。</translation>
    </message>
    <message>
        <source>The service is busy or failing.</source>
        <translation>サービスが混雑しているか障害中です。</translation>
    </message>
    <message>
        <source>Blocked by spam protection (code %1) until %2. %3</source>
        <translation>スパム対策により %2 までブロックされています（コード %1）。%3</translation>
    </message>
    <message>
        <source>Waits until %1 so as not to file a 3rd ticket within a minute.</source>
        <translation>1 分以内に 3 件目のチケットを受け付けないよう、%1 まで待ちます。</translation>
    </message>
    <message>
        <source>The next would be the 10th ticket within 24 hours: waits until %1, or press Try now.</source>
        <translation>次は 24 時間以内で 10 件目のチケットになります: %1 まで待つか、「今すぐ試す」を押してください。</translation>
    </message>
    <message>
        <source>The key or this PC&apos;s address was refused: check the connection profile.</source>
        <translation>キーまたはこの PC のアドレスが拒否されました。接続プロファイルを確認してください。</translation>
    </message>
    <message>
        <source>Outbox: %1</source>
        <translation>送信トレイ: %1</translation>
    </message>
    <message>
        <source>%n need(s) you</source>
        <translation>要確認 %n 件</translation>
    </message>
    <message>
        <source>An administrator can turn this off in %1.</source>
        <translation>管理者は %1 でオフにできます。</translation>
    </message>
    <message>
        <source>This would be the 3rd ticket within a minute from this desk (%1 so far). Contiple&apos;s spam protection refuses it (code 1001) and blocks this address for 24 hours. One more can be filed at %2.</source>
        <translation>この席から 1 分以内に受け付ける 3 件目のチケットになります（これまで %1 件）。Contiple のスパム対策が拒否し（コード 1001）、このアドレスを 24 時間ブロックします。%2 にもう 1 件受け付けできます。</translation>
    </message>
    <message>
        <source>This would be the 10th ticket within 24 hours from this desk (%1 so far). Contiple&apos;s spam protection refuses it (code 1002) and blocks this address for 24 hours. One more can be filed at %2.</source>
        <translation>この席から 24 時間以内に受け付ける 10 件目のチケットになります（これまで %1 件）。Contiple のスパム対策が拒否し（コード 1002）、このアドレスを 24 時間ブロックします。%2 にもう 1 件受け付けできます。</translation>
    </message>
    <message>
        <source>Contiple&apos;s spam protection blocks new tickets from this address (code %1) until %2. %3</source>
        <translation>Contiple のスパム対策が %2 までこのアドレスからの新しいチケットをブロックしています（コード %1）。%3</translation>
    </message>
    <message>
        <source>New answer on ticket %1</source>
        <translation>チケット %1 に新しい回答</translation>
    </message>
    <message>
        <source>Ticket %1: %2</source>
        <translation>チケット %1: %2</translation>
    </message>
    <message>
        <source>%1 · %2 · now: %3</source>
        <translation>%1 · %2 · 現在: %3</translation>
    </message>
    <message>
        <source>%n watched ticket(s) changed</source>
        <translation>ウォッチ中のチケット %n 件が更新されました</translation>
    </message>
    <message>
        <source>Watch list offline: tries again at %1.</source>
        <translation>ウォッチ一覧はオフライン: %1 に再試行します。</translation>
    </message>
    <message>
        <source>Watch list: the service is busy; tries again at %1.</source>
        <translation>ウォッチ一覧: サービスが混雑しています。%1 に再試行します。</translation>
    </message>
    <message>
        <source>Watch list paused: the key or this PC&apos;s address was refused.</source>
        <translation>ウォッチ一覧を一時停止: キーまたはこの PC のアドレスが拒否されました。</translation>
    </message>
</context>
<context>
    <name>DeskShell</name>
    <message>
        <source>Open a ticket or a follow-up first, then insert the snippet.</source>
        <translation>先にチケットか追加の問い合わせを開いてから、定型文を挿入してください。</translation>
    </message>
    <message>
        <source>A ticket in the outbox needs you (Ctrl+Shift+B).</source>
        <translation>送信トレイのチケットに確認が必要です（Ctrl+Shift+B）。</translation>
    </message>
    <message>
        <source>The outbox filed ticket %1.</source>
        <translation>送信トレイがチケット %1 を受け付けました。</translation>
    </message>
    <message>
        <source>The outbox is not available yet.</source>
        <translation>送信トレイはまだ使えません。</translation>
    </message>
    <message>
        <source>The watch list is not available yet.</source>
        <translation>ウォッチ一覧はまだ使えません。</translation>
    </message>
    <message>
        <source>No watched ticket has changed.</source>
        <translation>更新されたウォッチ中のチケットはありません。</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Document</source>
        <translation>ドキュメント</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>ドキュメントのタイトル</translation>
    </message>
    <message>
        <source>Document details</source>
        <translation>ドキュメントの詳細</translation>
    </message>
    <message>
        <source>Document error</source>
        <translation>文書のエラー</translation>
    </message>
    <message>
        <source>Document body</source>
        <translation>ドキュメントの本文</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>リンクをコピー(&amp;L)</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>リンクをコピー</translation>
    </message>
    <message>
        <source>&amp;Insert into ticket</source>
        <translation>チケットに挿入(&amp;I)</translation>
    </message>
    <message>
        <source>Insert into ticket</source>
        <translation>チケットに挿入</translation>
    </message>
    <message>
        <source>Save as reply &amp;snippet</source>
        <translation>返信用の定型文として保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save as reply snippet</source>
        <translation>返信用の定型文として保存</translation>
    </message>
    <message>
        <source>Keep this answer as text for follow-ups (Ctrl+Shift+S inserts it)</source>
        <translation>この回答を追加の問い合わせ用のテキストとして保存します（Ctrl+Shift+S で挿入）</translation>
    </message>
    <message>
        <source>Select an item to read it here.</source>
        <translation>項目を選択すると、ここに内容が表示されます。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>カテゴリー: %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新日 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n view(s)</source>
        <translation>
            <numerusform>閲覧数 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Heading: %1</source>
        <translation>見出し: %1</translation>
    </message>
    <message>
        <source>Posted %1</source>
        <translation>掲載日 %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>タグ: %1</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>上部に固定</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>おすすめ</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新着</translation>
    </message>
    <message>
        <source>Link copied to the clipboard.</source>
        <translation>リンクをクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Inserted into the ticket.</source>
        <translation>チケットに挿入しました。</translation>
    </message>
    <message>
        <source>No ticket is open — copied to the clipboard instead.</source>
        <translation>開いているチケットがないため、クリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Saved as a reply snippet: %1</source>
        <translation>返信用の定型文として保存しました: %1</translation>
    </message>
    <message>
        <source>Could not save the snippet: %1</source>
        <translation>定型文を保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <source>Unsent drafts</source>
        <translation>未送信の下書き</translation>
    </message>
    <message>
        <source>Damaged drafts</source>
        <translation>破損した下書き</translation>
    </message>
    <message>
        <source>Unsent drafts list</source>
        <translation>未送信の下書き一覧</translation>
    </message>
    <message>
        <source>Unsent draft</source>
        <translation>未送信の下書き</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Restore draft</source>
        <translation>下書きを復元</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>破棄…</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>下書きを破棄</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>後で</translation>
    </message>
    <message>
        <source>Hide drafts</source>
        <translation>下書きを非表示</translation>
    </message>
    <message>
        <source>Discard the selected draft for good? This cannot be undone.</source>
        <translation>選択した下書きを完全に破棄しますか？ 元に戻すことはできません。</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Confirm discard</source>
        <translation>破棄の確認</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>残す</translation>
    </message>
    <message>
        <source>Keep draft</source>
        <translation>下書きを残す</translation>
    </message>
    <message>
        <source>(no caller)</source>
        <translation>（お客様未入力）</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（件名なし）</translation>
    </message>
    <message numerus="yes">
        <source>%n unsent ticket draft(s) found. Restore one to continue where you left off.</source>
        <translation>
            <numerusform>未送信のチケットの下書きが %n 件あります。復元すると、中断したところから続けられます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsent draft: %1</source>
        <translation>未送信の下書き: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) could not be read (the file is damaged). Nothing was deleted: it was kept in %1 for your IT support.</source>
        <translation>
            <numerusform>%n件の下書きを読み込めませんでした（ファイルが破損しています）。削除はしていません。IT サポート用に %1 に保管しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DropdownField</name>
    <message>
        <source>— choose —</source>
        <translation>— 選択 —</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Error title</source>
        <translation>エラーの見出し</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>エラーの内容</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <source>Repeated</source>
        <translation>繰り返し</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>詳細をコピー</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Occurrences: %1</source>
        <translation>発生回数: %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The request may have reached Contiple although no answer came back. Check the customer&apos;s ticket list before sending it again.</source>
        <translation>応答はありませんでしたが、リクエストが Contiple に届いている可能性があります。再送信する前にお客様のチケット一覧を確認してください。</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>予期しないエラー</translation>
    </message>
    <message>
        <source>An unexpected error occurred: %1</source>
        <translation>予期しないエラーが発生しました: %1</translation>
    </message>
    <message>
        <source>Use “Copy details” and send the text to your IT support.</source>
        <translation>「詳細をコピー」を押して、内容を IT サポートに送ってください。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>操作はキャンセルされました。</translation>
    </message>
    <message>
        <source>The connection profile cannot be used</source>
        <translation>接続プロファイルを使用できません</translation>
    </message>
    <message>
        <source>The connection settings are incomplete or invalid: %1</source>
        <translation>接続設定が不完全か、正しくありません: %1</translation>
    </message>
    <message>
        <source>Open File ▸ Connection profiles… and check the domain, service ID and organization ID.</source>
        <translation>ファイル ▸ 接続プロファイル… を開き、ドメイン、サービス ID、組織 ID を確認してください。</translation>
    </message>
    <message>
        <source>No password store</source>
        <translation>パスワード ストアがありません</translation>
    </message>
    <message>
        <source>This PC has no system keyring, so the API key cannot be stored safely.</source>
        <translation>この PC にはシステムのキーリングがないため、API キーを安全に保存できません。</translation>
    </message>
    <message>
        <source>Ask IT to enable a keyring (GNOME Keyring, KWallet, Windows Credential Manager), or enter the key for this session only.</source>
        <translation>IT 担当者にキーリング（GNOME Keyring、KWallet、Windows 資格情報マネージャー）の有効化を依頼するか、このセッションだけキーを入力してください。</translation>
    </message>
    <message>
        <source>Password store locked</source>
        <translation>パスワード ストアがロックされています</translation>
    </message>
    <message>
        <source>The system keyring is locked or refused access to the API key.</source>
        <translation>システムのキーリングがロックされているか、API キーへのアクセスを拒否しました。</translation>
    </message>
    <message>
        <source>Unlock the keyring (accept its prompt or sign in again), then retry.</source>
        <translation>キーリングのロックを解除してから（確認画面を承認するか、再度サインイン）やり直してください。</translation>
    </message>
    <message>
        <source>Password store error</source>
        <translation>パスワード ストアのエラー</translation>
    </message>
    <message>
        <source>The system keyring could not store or return the API key.</source>
        <translation>システムのキーリングが API キーを保存または取得できませんでした。</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, enter the key for this session only.</source>
        <translation>もう一度お試しください。失敗が続く場合は、このセッションだけキーを入力してください。</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>問題が発生しました</translation>
    </message>
    <message>
        <source>Contiple is busy. Try again in %n second(s).</source>
        <translation>Contiple が混み合っています。%n 秒後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>Contiple is busy. Try again at %1.</source>
        <translation>Contiple が混み合っています。%1 にもう一度お試しください。</translation>
    </message>
    <message>
        <source>Contiple is busy</source>
        <translation>Contiple が混雑しています</translation>
    </message>
    <message>
        <source>Nothing was changed. If it happens often, Contiple may be under maintenance.</source>
        <translation>何も変更されていません。頻繁に起こる場合は Contiple がメンテナンス中の可能性があります。</translation>
    </message>
    <message>
        <source>The server&apos;s clock looks wrong</source>
        <translation>サーバーの時計がおかしいようです</translation>
    </message>
    <message>
        <source>Contiple refused the request time, and the time its server reported (%1) cannot be right, so it was ignored.</source>
        <translation>Contiple が要求の時刻を拒否しました。サーバーが示した時刻（%1）はあり得ないため無視しました。</translation>
    </message>
    <message>
        <source>Check that this PC&apos;s date and time are correct. If they are, the problem is on Contiple&apos;s side: try again in a few minutes and tell IT if it continues.</source>
        <translation>この PC の日付と時刻が正しいか確認してください。正しければ Contiple 側の問題です。数分後にもう一度試し、続く場合は IT 担当者に連絡してください。</translation>
    </message>
    <message>
        <source>the Contiple service</source>
        <translation>Contiple サービス</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>時間内に応答がありません</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 から時間内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>The service or the network may be slow. Wait a moment and try again.</source>
        <translation>サービスまたはネットワークが遅い可能性があります。少し待ってからやり直してください。</translation>
    </message>
    <message>
        <source>Unexpected answer from the server</source>
        <translation>サーバーからの予期しない応答</translation>
    </message>
    <message>
        <source>The server answered with something that is not a Contiple response (HTTP %1).</source>
        <translation>サーバーが Contiple の応答ではない内容を返しました（HTTP %1）。</translation>
    </message>
    <message>
        <source>A proxy, a login page of the office network or Contiple maintenance may be in the way. Try again later or ask IT.</source>
        <translation>プロキシ、社内ネットワークのログインページ、または Contiple のメンテナンスが原因の可能性があります。後でやり直すか、IT 担当者に問い合わせてください。</translation>
    </message>
    <message>
        <source>Cannot reach Contiple</source>
        <translation>Contiple に接続できません</translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation>%1 に接続できませんでした。</translation>
    </message>
    <message>
        <source>Check the network connection and, if your office uses one, the VPN.</source>
        <translation>ネットワーク接続と、社内で使用している場合は VPN を確認してください。</translation>
    </message>
    <message>
        <source>The request was sent without a signature.</source>
        <translation>リクエストが署名なしで送信されました。</translation>
    </message>
    <message>
        <source>Enter the service API key in File ▸ Connection profiles…</source>
        <translation>ファイル ▸ 接続プロファイル… でサービスの API キーを入力してください。</translation>
    </message>
    <message>
        <source>Contiple refused the request time stamp.</source>
        <translation>Contiple がリクエストのタイムスタンプを拒否しました。</translation>
    </message>
    <message>
        <source>This is a defect in Contiple Desktop. Use “Copy details” and report it.</source>
        <translation>Contiple Desktop の不具合です。「詳細をコピー」で内容をコピーして報告してください。</translation>
    </message>
    <message>
        <source>Contiple refused the request because its time stamp is more than 5 minutes off.</source>
        <translation>タイムスタンプが 5 分以上ずれているため、Contiple がリクエストを拒否しました。</translation>
    </message>
    <message>
        <source>Check that the PC clock, date and time zone are set correctly.</source>
        <translation>PC の時計、日付、タイムゾーンが正しいか確認してください。</translation>
    </message>
    <message>
        <source>The upload reached Contiple without its file.</source>
        <translation>アップロードがファイルなしで Contiple に届きました。</translation>
    </message>
    <message>
        <source>Attach the file again. If it happens again, use “Copy details” and report it.</source>
        <translation>ファイルをもう一度添付してください。再発する場合は「詳細をコピー」でコピーして報告してください。</translation>
    </message>
    <message>
        <source>Contiple did not accept the API key: the signature is incorrect.</source>
        <translation>Contiple が API キーを受け付けませんでした：署名が正しくありません。</translation>
    </message>
    <message>
        <source>Check the API key and the organization ID in File ▸ Connection profiles… The administrator may have generated a new key (Service Management ▸ Authentication).</source>
        <translation>ファイル ▸ 接続プロファイル… で API キーと組織 ID を確認してください。管理者が新しいキーを発行した可能性があります（サービス管理 ▸ 認証）。</translation>
    </message>
    <message>
        <source>Contiple rejected a request parameter.</source>
        <translation>Contiple がリクエストのパラメーターを拒否しました。</translation>
    </message>
    <message>
        <source>Use “Copy details” and report it; check the profile&apos;s service ID meanwhile.</source>
        <translation>「詳細をコピー」で報告してください。その間にプロファイルのサービス ID を確認してください。</translation>
    </message>
    <message>
        <source>Contiple refused the request&apos;s authentication.</source>
        <translation>Contiple がリクエストの認証を拒否しました。</translation>
    </message>
    <message>
        <source>Check the API key and organization ID in File ▸ Connection profiles…</source>
        <translation>ファイル ▸ 接続プロファイル… で API キーと組織 ID を確認してください。</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>認証に失敗しました</translation>
    </message>
    <message>
        <source>Open API not enabled</source>
        <translation>Open API が有効になっていません</translation>
    </message>
    <message>
        <source>This Contiple service has no API key: its Open API is not enabled.</source>
        <translation>この Contiple サービスには API キーがありません：Open API が有効になっていません。</translation>
    </message>
    <message>
        <source>Ask the Contiple administrator to enable the Open API (Service Management ▸ Authentication) and give you the key.</source>
        <translation>Contiple の管理者に Open API の有効化（サービス管理 ▸ 認証）とキーの提供を依頼してください。</translation>
    </message>
    <message>
        <source>This PC is not allowed</source>
        <translation>この PC は許可されていません</translation>
    </message>
    <message>
        <source>Contiple does not accept requests from this PC&apos;s network address.</source>
        <translation>Contiple はこの PC のネットワーク アドレスからのリクエストを受け付けません。</translation>
    </message>
    <message>
        <source>Ask the Contiple administrator to allow this PC&apos;s IP address in the service&apos;s security settings.</source>
        <translation>Contiple の管理者に、サービスのセキュリティ設定でこの PC の IP アドレスを許可するよう依頼してください。</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <source>Contiple denied access to this service.</source>
        <translation>Contiple がこのサービスへのアクセスを拒否しました。</translation>
    </message>
    <message>
        <source>Ask the Contiple administrator to check the Open API settings.</source>
        <translation>Contiple の管理者に Open API の設定を確認するよう依頼してください。</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>Contiple has no such item. It may have been deleted, or the ID or user code is wrong.</source>
        <translation>Contiple にその項目がありません。削除されたか、ID またはユーザーコードが間違っている可能性があります。</translation>
    </message>
    <message>
        <source>Check the user code or reload the list.</source>
        <translation>ユーザーコードを確認するか、一覧を再読み込みしてください。</translation>
    </message>
    <message>
        <source>Already exists</source>
        <translation>既に存在します</translation>
    </message>
    <message>
        <source>Contiple already has this data.</source>
        <translation>Contiple に同じデータが既にあります。</translation>
    </message>
    <message>
        <source>Reload to see the current state before trying again.</source>
        <translation>やり直す前に再読み込みして現在の状態を確認してください。</translation>
    </message>
    <message>
        <source>Contiple server error</source>
        <translation>Contiple サーバーのエラー</translation>
    </message>
    <message>
        <source>Contiple reported an internal error (code %1).</source>
        <translation>Contiple で内部エラーが発生しました（コード %1）。</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it persists, use “Copy details” and send the text to Contiple support.</source>
        <translation>数分後にやり直してください。続く場合は「詳細をコピー」でコピーして Contiple サポートに送ってください。</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>リクエストが拒否されました</translation>
    </message>
    <message>
        <source>Contiple refused the request (code %1): %2</source>
        <translation>Contiple がリクエストを拒否しました（コード %1）: %2</translation>
    </message>
    <message>
        <source>Contiple refused the request time even after correcting for the PC clock.</source>
        <translation>PC の時計を補正した後も、Contiple がリクエストの時刻を拒否しました。</translation>
    </message>
    <message>
        <source>Your PC clock is %n minutes behind; correct it in the system settings.</source>
        <translation>PC の時計が %n 分遅れています。システム設定で修正してください。</translation>
    </message>
    <message>
        <source>Your PC clock is %n minutes ahead; correct it in the system settings.</source>
        <translation>PC の時計が %n 分進んでいます。システム設定で修正してください。</translation>
    </message>
    <message>
        <source>PC clock is off</source>
        <translation>PC の時計がずれています</translation>
    </message>
    <message>
        <source>Turn on “Set time automatically” in the date and time settings, then try again.</source>
        <translation>日付と時刻の設定で「時刻を自動的に設定する」をオンにしてから、やり直してください。</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>長すぎます</translation>
    </message>
    <message>
        <source>invalid value</source>
        <translation>無効な値</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>受け付けられません</translation>
    </message>
    <message>
        <source>Some fields were not accepted</source>
        <translation>一部の項目が受け付けられませんでした</translation>
    </message>
    <message>
        <source>Contiple rejected these fields: %1</source>
        <translation>Contiple が次の項目を拒否しました: %1</translation>
    </message>
    <message>
        <source>Correct the marked fields and submit again.</source>
        <translation>表示された項目を修正して、もう一度送信してください。</translation>
    </message>
    <message>
        <source>Contiple&apos;s spam protection counted 3 or more tickets from this address within one minute and blocks new tickets from it for 24 hours.</source>
        <translation>Contiple のスパム対策が、このアドレスから 1 分以内に 3 件以上のチケットを検出したため、24 時間新しいチケットをブロックします。</translation>
    </message>
    <message>
        <source>Contiple&apos;s spam protection counted 10 or more tickets from this address within 24 hours and blocks new tickets from it for 24 hours.</source>
        <translation>Contiple のスパム対策が、このアドレスから 24 時間以内に 10 件以上のチケットを検出したため、24 時間新しいチケットをブロックします。</translation>
    </message>
    <message>
        <source>Ticket limit reached</source>
        <translation>チケットの上限に達しました</translation>
    </message>
    <message>
        <source>Ask the administrator to review Service Management ▸ Security ▸ Spam Management. Tickets filed with the caller&apos;s IP address (OC-Client-IP) are counted per caller instead of per office.</source>
        <translation>管理者にサービス管理 ▸ セキュリティ ▸ スパム管理の見直しを依頼してください。お客様の IP アドレス（OC-Client-IP）付きで登録したチケットは、オフィス単位ではなくお客様単位で数えられます。</translation>
    </message>
    <message>
        <source>Files must be smaller than 10 MB.</source>
        <translation>ファイルは 10 MB 未満にしてください。</translation>
    </message>
    <message>
        <source>File names must be shorter than 100 characters.</source>
        <translation>ファイル名は 100 文字未満にしてください。</translation>
    </message>
    <message>
        <source>This file type cannot be attached.</source>
        <translation>この種類のファイルは添付できません。</translation>
    </message>
    <message>
        <source>The file&apos;s content does not match its type, or it is damaged.</source>
        <translation>ファイルの内容が種類と一致しないか、ファイルが破損しています。</translation>
    </message>
    <message>
        <source>At most 5 files can be attached.</source>
        <translation>添付できるファイルは最大 5 個です。</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>ファイルを読み込めません。</translation>
    </message>
    <message>
        <source>File not attached</source>
        <translation>ファイルが添付されていません</translation>
    </message>
    <message>
        <source>The customer lookup refused the request (wrong security key, or this PC is not allowed).</source>
        <translation>顧客照会 API が要求を拒否しました（セキュリティキーが違うか、この PC が許可されていません）。</translation>
    </message>
    <message>
        <source>The customer lookup needs a security key, and none is stored for this profile.</source>
        <translation>顧客照会にはセキュリティキーが必要ですが、このプロファイルには保存されていません。</translation>
    </message>
    <message>
        <source>The customer lookup did not answer in time.</source>
        <translation>顧客照会 API が時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The customer lookup could not be reached.</source>
        <translation>顧客照会 API に接続できません。</translation>
    </message>
    <message>
        <source>The customer lookup answered with something that is not a customer record.</source>
        <translation>顧客照会 API が顧客情報ではない応答を返しました。</translation>
    </message>
    <message>
        <source>The customer lookup reported an error (HTTP %1).</source>
        <translation>顧客照会 API でエラーが発生しました（HTTP %1）。</translation>
    </message>
    <message>
        <source>Customer lookup failed</source>
        <translation>顧客照会に失敗しました</translation>
    </message>
    <message>
        <source>Type the caller&apos;s details by hand; the ticket can be filed as usual. An administrator can check the lookup in File ▸ Connection profiles…</source>
        <translation>発信者の情報を手入力してください。チケットは通常どおり受け付けできます。管理者は ファイル ▸ 接続プロファイル… で照会の設定を確認できます。</translation>
    </message>
</context>
<context>
    <name>FaqTab</name>
    <message>
        <source>Search FAQs</source>
        <translation>FAQ を検索</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <source>Filter categories</source>
        <translation>カテゴリーを絞り込み</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>すべてのカテゴリー</translation>
    </message>
    <message>
        <source>FAQ categories</source>
        <translation>FAQ のカテゴリー</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>カテゴリー(&amp;C)</translation>
    </message>
</context>
<context>
    <name>FieldWidget</name>
    <message>
        <source>[image]</source>
        <translation>[画像]</translation>
    </message>
    <message>
        <source>[image: %1]</source>
        <translation>[画像: %1]</translation>
    </message>
    <message>
        <source>Unnamed field</source>
        <translation>名前のない項目</translation>
    </message>
    <message>
        <source>Error in %1</source>
        <translation>%1 のエラー</translation>
    </message>
    <message>
        <source>This field cannot be shown: its type “%1” is not supported by this app.</source>
        <translation>この項目は表示できません。このアプリは種類「%1」に対応していません。</translation>
    </message>
    <message>
        <source>This field cannot be shown: the service sent it without a type.</source>
        <translation>この項目は表示できません。サービスが種類なしで送ってきました。</translation>
    </message>
    <message>
        <source>This field cannot be shown: the service sent it without options.</source>
        <translation>この項目は表示できません。サービスが選択肢なしで送ってきました。</translation>
    </message>
    <message>
        <source>This field cannot be shown: the service sent it without a code.</source>
        <translation>この項目は表示できません。サービスがコードなしで送ってきました。</translation>
    </message>
    <message>
        <source>This field cannot be shown: the service sent it without an ID.</source>
        <translation>この項目は表示できません。サービスが ID なしで送ってきました。</translation>
    </message>
    <message>
        <source>This field cannot be shown: a field above already uses its code “%1”.</source>
        <translation>この項目は表示できません。上の項目がすでに同じコード「%1」を使っています。</translation>
    </message>
    <message>
        <source>This field cannot be shown: the service sent it in a form the app cannot read.</source>
        <translation>この項目は表示できません。サービスがアプリの読めない形式で送ってきました。</translation>
    </message>
    <message>
        <source>It is required, so the service may refuse the ticket until an administrator fixes the form.</source>
        <translation>必須項目のため、管理者がフォームを直すまでサービスがチケットを拒否する可能性があります。</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必須項目です。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Status filter</source>
        <translation>状態で絞り込み</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Inquiry type filter</source>
        <translation>問い合わせ種別で絞り込み</translation>
    </message>
    <message>
        <source>All inquiry types</source>
        <translation>すべての問い合わせ種別</translation>
    </message>
    <message>
        <source>Period filter</source>
        <translation>期間で絞り込み</translation>
    </message>
    <message>
        <source>Creation date; applied on this PC because the API has no period filter</source>
        <translation>作成日が基準です。API に期間の絞り込みがないため、この PC で適用します。</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>全期間</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>過去 90 日間</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>過去 12 か月</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状態(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Inquiry type:</source>
        <translation>問い合わせ種別(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P):</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>Connection test results</source>
        <translation>接続テストの結果</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>接続をテスト中</translation>
    </message>
    <message>
        <source>Connection test summary</source>
        <translation>接続テストの概要</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>接続をテストしています…</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>接続は正常です。</translation>
    </message>
    <message>
        <source>The connection does not work yet:</source>
        <translation>まだ接続できません:</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Contiple Desktop</source>
        <translation>Contiple Desktop へようこそ</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>ようこそ</translation>
    </message>
    <message>
        <source>Contiple Desktop works with your company&apos;s Contiple help desk. To connect you need the domain, service ID, organization ID and the service API key from your Contiple administrator. You can also look around in a demo workspace first.</source>
        <translation>Contiple Desktop は、貴社の Contiple ヘルプデスクと連携して動作します。接続するには、Contiple の管理者からドメイン、サービス ID、組織 ID、サービスの API キーを入手してください。先にデモ ワークスペースで試してみることもできます。</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>はじめに</translation>
    </message>
    <message>
        <source>Connect to Contiple…</source>
        <translation>Contiple に接続…</translation>
    </message>
    <message>
        <source>Enter the connection details of your service.</source>
        <translation>サービスの接続情報を入力します。</translation>
    </message>
    <message>
        <source>Connect to Contiple</source>
        <translation>Contiple に接続</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>デモ ワークスペースを開く</translation>
    </message>
    <message>
        <source>Sample data on this computer only; nothing is sent anywhere.</source>
        <translation>このコンピューター内のサンプル データのみを使用し、外部には何も送信されません。</translation>
    </message>
</context>
<context>
    <name>FollowUpComposer</name>
    <message>
        <source>Follow-up for the customer</source>
        <translation>お客様の追加の問い合わせ</translation>
    </message>
    <message>
        <source>Follow-up text</source>
        <translation>追加の問い合わせ内容</translation>
    </message>
    <message>
        <source>Type the caller&apos;s follow-up question (Ctrl+Enter sends)</source>
        <translation>お客様の追加の質問を入力してください (Ctrl+Enter で送信)</translation>
    </message>
    <message>
        <source>Follow-up attachments</source>
        <translation>追加の問い合わせの添付ファイル</translation>
    </message>
    <message>
        <source>Follow-up error</source>
        <translation>追加の問い合わせのエラー</translation>
    </message>
    <message>
        <source>Follow-up status</source>
        <translation>追加の問い合わせの状態</translation>
    </message>
    <message>
        <source>Send follow-up</source>
        <translation>追加の問い合わせを送信</translation>
    </message>
    <message>
        <source>Send the follow-up to the ticket (Ctrl+Enter)</source>
        <translation>追加の問い合わせをチケットに送信します (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Restored an unsent follow-up draft.</source>
        <translation>未送信の追加の問い合わせの下書きを復元しました。</translation>
    </message>
    <message>
        <source>Retry or remove the files that did not upload: %1</source>
        <translation>アップロードされなかったファイルを再試行するか削除してください: %1</translation>
    </message>
    <message>
        <source>At most 5 files can be attached.</source>
        <translation>添付できるファイルは最大 5 個です。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>Follow-up sent.</source>
        <translation>追加の問い合わせを送信しました。</translation>
    </message>
    <message>
        <source>The connection dropped, but the follow-up did arrive.</source>
        <translation>接続が切れましたが、追加の問い合わせは届いています。</translation>
    </message>
    <message>
        <source>The follow-up did not reach the server. Your text is kept; you can send it again.</source>
        <translation>追加の問い合わせはサーバーに届きませんでした。入力内容は保持されているので、もう一度送信できます。</translation>
    </message>
    <message>
        <source>Could not check whether the follow-up arrived (%1). Look at the conversation (F5 reloads) before sending again.</source>
        <translation>追加の問い合わせが届いたか確認できませんでした (%1)。再送信する前にやり取りを確認してください（F5 で再読み込み）。</translation>
    </message>
    <message>
        <source>The server no longer knows one of the attachments (or related data). Remove and attach the files again, then send. Your text is kept.</source>
        <translation>添付ファイル（または関連データ）の一つがサーバーに見つかりません。ファイルを削除して添付し直してから送信してください。入力内容は保持されています。</translation>
    </message>
    <message>
        <source>This ticket was not found for this customer. Your text is kept.</source>
        <translation>このお客様のチケットが見つかりません。入力内容は保持されています。</translation>
    </message>
    <message>
        <source>The follow-up was not sent: %1</source>
        <translation>追加の問い合わせを送信できませんでした: %1</translation>
    </message>
    <message>
        <source>Your text and files are kept. Send again when ready.</source>
        <translation>入力した内容とファイルはそのまま残っています。準備ができたら、もう一度送信してください。</translation>
    </message>
</context>
<context>
    <name>HelpCenterList</name>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリー</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日</translation>
    </message>
    <message>
        <source>Top: pinned · Rec.: recommended · New: new today</source>
        <translation>固定: 上部に固定 · おすすめ: おすすめ記事 · 新着: 本日掲載</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>Rec.</source>
        <translation>おすすめ</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新着</translation>
    </message>
    <message>
        <source>Pinned to the top</source>
        <translation>上部に固定</translation>
    </message>
    <message>
        <source>Recommended in its category</source>
        <translation>カテゴリーのおすすめ</translation>
    </message>
    <message>
        <source>New today</source>
        <translation>本日掲載</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>見出し</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
</context>
<context>
    <name>HelpCenterPanel</name>
    <message>
        <source>Help Center</source>
        <translation>ヘルプセンター</translation>
    </message>
    <message>
        <source>Content language</source>
        <translation>コンテンツの言語</translation>
    </message>
    <message>
        <source>Language of the Help Center content</source>
        <translation>ヘルプセンターのコンテンツの言語</translation>
    </message>
    <message>
        <source>Content &amp;language</source>
        <translation>コンテンツの言語(&amp;L)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Reload from the server (F5)</source>
        <translation>サーバーから再読み込み (F5)</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>読み込み中</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Help Center sections</source>
        <translation>ヘルプセンターのセクション</translation>
    </message>
    <message>
        <source>&amp;FAQ</source>
        <translation>FAQ(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Notices</source>
        <translation>お知らせ(&amp;N)</translation>
    </message>
    <message>
        <source>Not connected to a Contiple service.</source>
        <translation>Contiple サービスに接続されていません。</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>更新中…</translation>
    </message>
    <message>
        <source>Refreshed.</source>
        <translation>更新しました。</translation>
    </message>
</context>
<context>
    <name>HistoryBadge</name>
    <message>
        <source>Ticket updates</source>
        <translation>チケットの更新</translation>
    </message>
    <message>
        <source>click to open the newest</source>
        <translation>クリックで最新のものを開きます</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Customer history</source>
        <translation>問い合わせ履歴</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Reload the list and the open ticket (F5)</source>
        <translation>一覧と開いているチケットを再読み込み (F5)</translation>
    </message>
    <message>
        <source>New ticket for this customer</source>
        <translation>このお客様の新規チケット</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>チケット</translation>
    </message>
    <message>
        <source>Look up a caller by phone or user code: type it in the box above and press Enter. Their tickets appear here.</source>
        <translation>電話番号またはユーザーコードでお客様を照会してください。上の欄に入力して Enter を押すと、お客様のチケットがここに表示されます。</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>次にすること</translation>
    </message>
    <message>
        <source>List status</source>
        <translation>一覧の状態</translation>
    </message>
    <message>
        <source>List error</source>
        <translation>一覧のエラー</translation>
    </message>
    <message>
        <source>Loading tickets…</source>
        <translation>チケットを読み込み中…</translation>
    </message>
    <message>
        <source>No tickets found for user code %1.</source>
        <translation>ユーザーコード %1 のチケットはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>チケット %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 tickets shown; scroll down for more.</source>
        <translation>チケット %2 件中 %1 件を表示しています。下へスクロールすると続きを読み込みます。</translation>
    </message>
    <message>
        <source>Could not load the tickets: %1</source>
        <translation>チケット一覧を読み込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>InlineError</name>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Error title</source>
        <translation>エラーの見出し</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>エラーの内容</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>エラーの詳細</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n s…</source>
        <translation>
            <numerusform>%n 秒後にもう一度試します…</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>詳細を隠す</translation>
    </message>
</context>
<context>
    <name>KeyringNotice</name>
    <message>
        <source>Keyring problem</source>
        <translation>キーリングの問題</translation>
    </message>
    <message>
        <source>Keyring explanation</source>
        <translation>キーリングの説明</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>このセッションのみ使用</translation>
    </message>
    <message>
        <source>The system keyring is locked or refused access (for example, the unlock prompt was dismissed), so the API key was not saved. Unlock the keyring and save again, or use the key for this session only; you will need to enter it again next time.</source>
        <translation>システムのキーリングがロックされているか、アクセスが拒否されたため（ロック解除の画面を閉じた場合など）、API キーを保存できませんでした。キーリングのロックを解除して保存し直すか、このセッションのみキーを使用してください。その場合、次回もう一度入力する必要があります。</translation>
    </message>
    <message>
        <source>No system keyring is available, so the API key cannot be saved. You can use it for this session only; you will need to enter it again next time.</source>
        <translation>使用できるシステムのキーリングがないため、API キーを保存できません。このセッションのみ使用でき、次回もう一度入力する必要があります。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Current work area</source>
        <translation>現在の作業エリア</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>画面の言語</translation>
    </message>
    <message>
        <source>The new interface language is used after Contiple Desktop restarts.</source>
        <translation>新しい画面の言語は Contiple Desktop の再起動後に適用されます。</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>診断情報をクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Help Center</source>
        <translation>ヘルプセンター</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>新規チケット</translation>
    </message>
    <message>
        <source>Customer history</source>
        <translation>問い合わせ履歴</translation>
    </message>
</context>
<context>
    <name>NavigationList</name>
    <message>
        <source>Work areas</source>
        <translation>作業エリア</translation>
    </message>
</context>
<context>
    <name>NewTicketPanel</name>
    <message>
        <source>New ticket</source>
        <translation>新規チケット</translation>
    </message>
    <message>
        <source>Form status</source>
        <translation>フォームの状態</translation>
    </message>
    <message>
        <source>Text waiting to be inserted</source>
        <translation>挿入を待っているテキスト</translation>
    </message>
    <message>
        <source>Draft status</source>
        <translation>下書きの状態</translation>
    </message>
    <message>
        <source>Discard draft…</source>
        <translation>下書きを破棄…</translation>
    </message>
    <message>
        <source>Discard this ticket draft</source>
        <translation>このチケットの下書きを破棄</translation>
    </message>
    <message>
        <source>Really discard? Click to confirm</source>
        <translation>本当に破棄しますか？ クリックで確定</translation>
    </message>
    <message>
        <source>Confirm discarding this ticket draft</source>
        <translation>このチケットの下書きの破棄を確認</translation>
    </message>
    <message>
        <source>Submit ticket</source>
        <translation>チケットを送信</translation>
    </message>
    <message>
        <source>Submit (Ctrl+Enter)</source>
        <translation>送信 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Recent tickets</source>
        <translation>最近のチケット</translation>
    </message>
    <message>
        <source>Show the caller&apos;s recent tickets</source>
        <translation>お客様の最近のチケットを表示</translation>
    </message>
    <message>
        <source>Show or hide the caller&apos;s recent tickets beside the form</source>
        <translation>フォームの横にお客様の最近のチケットを表示または非表示にします</translation>
    </message>
    <message>
        <source>Inquiry type</source>
        <translation>問い合わせ種別</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>変更…</translation>
    </message>
    <message>
        <source>Change inquiry type</source>
        <translation>問い合わせ種別を変更</translation>
    </message>
    <message>
        <source>Choose another inquiry type (Ctrl+Shift+T)</source>
        <translation>別の問い合わせ種別を選ぶ（Ctrl+Shift+T）</translation>
    </message>
    <message>
        <source>Choose an inquiry type on the left to load its form.</source>
        <translation>左側で問い合わせ種別を選ぶと、フォームが表示されます。</translation>
    </message>
    <message>
        <source>Inquiry type: %1</source>
        <translation>問い合わせ種別: %1</translation>
    </message>
    <message>
        <source>This text goes into the Details field once you choose an inquiry type:</source>
        <translation>問い合わせ種別を選ぶと、このテキストが内容の欄に入ります:</translation>
    </message>
    <message>
        <source>This caller&apos;s ticket was not sent. Press Next caller again to discard it, or submit it first.</source>
        <translation>このお客様のチケットは送信されていません。破棄するにはもう一度「次のお客様」を押すか、先に送信してください。</translation>
    </message>
    <message>
        <source>Ready for the next caller.</source>
        <translation>次のお客様の準備ができました。</translation>
    </message>
    <message>
        <source>Connect to a Contiple service to file tickets.</source>
        <translation>チケットを登録するには Contiple サービスに接続してください。</translation>
    </message>
    <message>
        <source>The saved inquiry type no longer exists; choose another.</source>
        <translation>保存された問い合わせ種別はもう存在しません。別の種別を選んでください。</translation>
    </message>
    <message>
        <source>Loading the form…</source>
        <translation>フォームを読み込み中…</translation>
    </message>
    <message>
        <source>Draft saved automatically.</source>
        <translation>下書きを自動保存しました。</translation>
    </message>
    <message>
        <source>Loading the inquiry types…</source>
        <translation>問い合わせ種別を読み込んでいます…</translation>
    </message>
    <message>
        <source>Draft restored.</source>
        <translation>下書きを復元しました。</translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation>下書きを破棄しました。</translation>
    </message>
    <message>
        <source>Choose an inquiry type first.</source>
        <translation>先に問い合わせ種別を選んでください。</translation>
    </message>
    <message>
        <source>Waiting for attachments to finish uploading…</source>
        <translation>添付ファイルのアップロード完了を待っています…</translation>
    </message>
    <message>
        <source>These files are not attached yet: %1. Retry or remove them.</source>
        <translation>次のファイルはまだ添付されていません: %1。再試行するか削除してください。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>Ticket sent; the draft was removed.</source>
        <translation>チケットを送信し、下書きを削除しました。</translation>
    </message>
</context>
<context>
    <name>NoticeTab</name>
    <message>
        <source>Search notices</source>
        <translation>お知らせを検索</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>Notice headings</source>
        <translation>お知らせの見出し</translation>
    </message>
    <message>
        <source>All headings</source>
        <translation>すべての見出し</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>&amp;Headings</source>
        <translation>見出し(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>タグ(&amp;T)</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>すべてのタグ</translation>
    </message>
</context>
<context>
    <name>OutboxCount</name>
    <message>
        <source>Click to open the outbox (Ctrl+Shift+B).</source>
        <translation>クリックで送信トレイを開きます（Ctrl+Shift+B）。</translation>
    </message>
</context>
<context>
    <name>OutboxItemPane</name>
    <message>
        <source>Outbox item</source>
        <translation>送信トレイの項目</translation>
    </message>
    <message>
        <source>Outbox item subject</source>
        <translation>送信トレイの項目の件名</translation>
    </message>
    <message>
        <source>Outbox item details</source>
        <translation>送信トレイの項目の詳細</translation>
    </message>
    <message>
        <source>Outbox item state</source>
        <translation>送信トレイの項目の状態</translation>
    </message>
    <message>
        <source>Filed ticket ID</source>
        <translation>受け付けたチケット ID</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy filed ticket ID</source>
        <translation>受け付けたチケット ID をコピー</translation>
    </message>
    <message>
        <source>Open in customer history</source>
        <translation>問い合わせ履歴で開く</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>It &amp;was sent…</source>
        <translation>送信済みだった(&amp;W)…</translation>
    </message>
    <message>
        <source>It was sent</source>
        <translation>送信済みだった</translation>
    </message>
    <message>
        <source>It was &amp;not sent</source>
        <translation>送信されていなかった(&amp;N)</translation>
    </message>
    <message>
        <source>It was not sent</source>
        <translation>送信されていなかった</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>破棄(&amp;D)…</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Ticket ID found on the server</source>
        <translation>サーバーで見つかったチケット ID</translation>
    </message>
    <message>
        <source>Ticket ID, if you have it (optional)</source>
        <translation>チケット ID（分かれば、任意）</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>送信済みにする</translation>
    </message>
    <message>
        <source>Discard this ticket for good? It will not be sent.</source>
        <translation>このチケットを完全に破棄しますか? 送信されません。</translation>
    </message>
    <message>
        <source>Confirm discard</source>
        <translation>破棄の確認</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>残す</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>残す</translation>
    </message>
    <message>
        <source>Select an item to see where it stands.</source>
        <translation>項目を選ぶと現在の状態を表示します。</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>添付ファイル %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>queued %1</source>
        <translation>%1 に保管</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n 回試行</numerusform>
        </translation>
    </message>
    <message>
        <source>You marked it as sent; nothing more is sent.</source>
        <translation>送信済みにしました。これ以上は送信しません。</translation>
    </message>
    <message>
        <source>Found in the caller&apos;s tickets as %1 (it had arrived): nothing was sent twice.</source>
        <translation>お客様のチケットに %1 として見つかりました（届いていました）。二重送信はしていません。</translation>
    </message>
    <message>
        <source>Filed as ticket %1. Read the ID back to the caller if needed.</source>
        <translation>チケット %1 として受け付けました。必要ならお客様に ID を伝えてください。</translation>
    </message>
    <message>
        <source>Being sent now…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>the outbox sends it on its own.</source>
        <translation>送信トレイが自動で送信します。</translation>
    </message>
    <message>
        <source>It may already have arrived, so the caller&apos;s tickets are checked first.</source>
        <translation>すでに届いている可能性があるため、先にお客様のチケットを確認します。</translation>
    </message>
</context>
<context>
    <name>OutboxOffer</name>
    <message>
        <source>Outbox offer</source>
        <translation>送信トレイの提案</translation>
    </message>
    <message>
        <source>Outbox offer message</source>
        <translation>送信トレイの提案の案内</translation>
    </message>
    <message>
        <source>&amp;Queue and continue with the next caller</source>
        <translation>送信トレイに入れて次のお客様へ(&amp;Q)</translation>
    </message>
    <message>
        <source>Queue and continue with the next caller</source>
        <translation>送信トレイに入れて次のお客様へ</translation>
    </message>
    <message>
        <source>Keep it in the outbox and go on: it is filed on its own as soon as the service answers again. Nothing is lost and nothing is sent twice.</source>
        <translation>送信トレイに入れて先へ進めます。サービスが再び応答すれば自動で受け付けます。失うことも二重送信もありません。</translation>
    </message>
    <message>
        <source>Keep it in the outbox and go on: it is filed on its own when the spam block ends.</source>
        <translation>送信トレイに入れて先へ進めます。スパムのブロックが終われば自動で受け付けます。</translation>
    </message>
    <message>
        <source>Keep it in the outbox and go on: the outbox first looks for it in the caller&apos;s tickets and files it only if it is not there.</source>
        <translation>送信トレイに入れて先へ進めます。送信トレイはまずお客様のチケットを探し、見つからないときだけ受け付けます。</translation>
    </message>
    <message>
        <source>Keep it in the outbox: without a user code it cannot be checked automatically, so the outbox will ask you whether it arrived before sending it again.</source>
        <translation>送信トレイに入れます。ユーザーコードがないため自動では確認できないので、再送信の前に届いたかどうかを送信トレイが尋ねます。</translation>
    </message>
    <message>
        <source>Keeping it in the outbox…</source>
        <translation>送信トレイに入れています…</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <source>Outbox</source>
        <translation>送信トレイ</translation>
    </message>
    <message>
        <source>Outbox status</source>
        <translation>送信トレイの状態</translation>
    </message>
    <message>
        <source>&amp;Try now</source>
        <translation>今すぐ試す(&amp;T)</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>今すぐ試す</translation>
    </message>
    <message>
        <source>Damaged outbox files</source>
        <translation>破損した送信トレイのファイル</translation>
    </message>
    <message>
        <source>Queued tickets</source>
        <translation>待機中のチケット</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>お客様</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>保管日時</translation>
    </message>
    <message>
        <source>Ticket ID</source>
        <translation>チケット ID</translation>
    </message>
    <message>
        <source>The outbox is empty: every ticket was filed.</source>
        <translation>送信トレイは空です。すべてのチケットを受け付けました。</translation>
    </message>
    <message>
        <source>Outbox empty</source>
        <translation>送信トレイは空</translation>
    </message>
    <message>
        <source>&amp;Clear filed</source>
        <translation>受け付け済みを消去(&amp;C)</translation>
    </message>
    <message>
        <source>Clear filed tickets from the list</source>
        <translation>受け付け済みのチケットを一覧から消去</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Close the outbox</source>
        <translation>送信トレイを閉じる</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) waiting to be sent.</source>
        <translation>
            <numerusform>送信待ちのチケットが %n 件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>送信待ちはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n outbox file(s) could not be read. Nothing was deleted: they were kept in %1 for your IT support.</source>
        <translation>
            <numerusform>送信トレイのファイル %n 件を読み込めませんでした。削除はしていません。IT サポート用に %1 に保管しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pager</name>
    <message>
        <source>First page</source>
        <translation>最初のページ</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>前のページ</translation>
    </message>
    <message>
        <source>List position</source>
        <translation>一覧の位置</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>次のページ</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>最後のページ</translation>
    </message>
    <message>
        <source>No items</source>
        <translation>項目なし</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%3 件中 %1–%2 件</translation>
    </message>
</context>
<context>
    <name>PeriodField</name>
    <message>
        <source>%1 from</source>
        <translation>%1 開始</translation>
    </message>
    <message>
        <source>%1 until</source>
        <translation>%1 終了</translation>
    </message>
</context>
<context>
    <name>ProblemPresenter</name>
    <message numerus="yes">
        <source>%n field(s) need attention before the ticket can be sent: %1</source>
        <translation>
            <numerusform>チケットを送信する前に確認が必要な項目が %n 件あります: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Contiple blocks a 3rd ticket from one address within a minute (code 1001).</source>
        <translation>Contiple は、同じアドレスから 1 分以内の 3 件目のチケットをブロックします（コード 1001）。</translation>
    </message>
    <message>
        <source>Contiple blocks a 10th ticket from one address within 24 hours (code 1002).</source>
        <translation>Contiple は、同じアドレスから 24 時間以内の 10 件目のチケットをブロックします（コード 1002）。</translation>
    </message>
    <message>
        <source>The draft is kept; send it later or ask an administrator.</source>
        <translation>下書きは保持されています。後で送信するか、管理者に問い合わせてください。</translation>
    </message>
    <message>
        <source>The connection dropped after sending and no matching ticket was found in the customer&apos;s list, so it was most likely not created. Send it again?</source>
        <translation>送信後に接続が切れ、お客様のチケット一覧に一致するチケットが見つからなかったため、チケットは作成されていない可能性が高いです。もう一度送信しますか？</translation>
    </message>
    <message>
        <source>The connection dropped after sending. Without a user code the app cannot check whether the ticket was created; sending again may create a duplicate. Check the Contiple console, or send again.</source>
        <translation>送信後に接続が切れました。ユーザーコードがないためチケットが作成されたか確認できず、再送信すると重複する可能性があります。Contiple のコンソールを確認するか、もう一度送信してください。</translation>
    </message>
    <message>
        <source>The connection dropped, but the ticket was found in the customer&apos;s list.</source>
        <translation>接続が切れましたが、お客様のチケット一覧でチケットを確認できました。</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Profile name</source>
        <translation>プロファイル名</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>Real (production)</source>
        <translation>Real（本番）</translation>
    </message>
    <message>
        <source>Beta (production test)</source>
        <translation>Beta（本番テスト）</translation>
    </message>
    <message>
        <source>Alpha (development test)</source>
        <translation>Alpha（開発テスト）</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>カスタム URL</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>環境(&amp;E):</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>e.g. nhn-cs</source>
        <translation>例: nhn-cs</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>ドメイン(&amp;D):</translation>
    </message>
    <message>
        <source>Resulting address</source>
        <translation>接続先アドレス</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>アドレス:</translation>
    </message>
    <message>
        <source>Service ID</source>
        <translation>サービス ID</translation>
    </message>
    <message>
        <source>e.g. APISimple</source>
        <translation>例: APISimple</translation>
    </message>
    <message>
        <source>&amp;Service ID:</source>
        <translation>サービス ID(&amp;S):</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>組織 ID</translation>
    </message>
    <message>
        <source>&amp;Organization ID:</source>
        <translation>組織 ID(&amp;O):</translation>
    </message>
    <message>
        <source>Organization ID hint</source>
        <translation>組織 ID のヒント</translation>
    </message>
    <message>
        <source>Agent user code (optional)</source>
        <translation>担当者のユーザーコード（任意）</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Custom U&amp;RL:</source>
        <translation>カスタム URL(&amp;R):</translation>
    </message>
    <message>
        <source>Profile settings</source>
        <translation>プロファイルの設定</translation>
    </message>
    <message>
        <source>Profile settings pages</source>
        <translation>プロファイル設定のページ</translation>
    </message>
    <message>
        <source>Connect&amp;ion</source>
        <translation>接続(&amp;I)</translation>
    </message>
    <message>
        <source>Profile name problem</source>
        <translation>プロファイル名の問題</translation>
    </message>
    <message>
        <source>Domain problem</source>
        <translation>ドメインの問題</translation>
    </message>
    <message>
        <source>Custom URL problem</source>
        <translation>カスタム URL の問題</translation>
    </message>
    <message>
        <source>Service ID problem</source>
        <translation>サービス ID の問題</translation>
    </message>
    <message>
        <source>Organization ID problem</source>
        <translation>組織 ID の問題</translation>
    </message>
    <message>
        <source>A&amp;gent user code:</source>
        <translation>担当者のユーザーコード(&amp;G):</translation>
    </message>
    <message>
        <source>Content language</source>
        <translation>コンテンツの言語</translation>
    </message>
    <message>
        <source>Content &amp;language:</source>
        <translation>コンテンツの言語(&amp;L):</translation>
    </message>
    <message>
        <source>Spam in&amp;quiry blocking is on: warn before the limits</source>
        <translation>スパム問い合わせのブロックが有効: 上限の前に警告(&amp;Q)</translation>
    </message>
    <message>
        <source>The service blocks spam</source>
        <translation>サービスがスパムをブロックする</translation>
    </message>
    <message>
        <source>3 tickets a minute or 10 a day from one address are refused (1001/1002)</source>
        <translation>1 つのアドレスから 1 分に 3 件、または 1 日に 10 件で拒否されます（1001/1002）</translation>
    </message>
    <message>
        <source>Spam protection:</source>
        <translation>スパム対策:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Show API key</source>
        <translation>API キーを表示</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API キー(&amp;K):</translation>
    </message>
    <message>
        <source>API key status</source>
        <translation>API キーの状態</translation>
    </message>
    <message>
        <source>&amp;Caller lookup</source>
        <translation>発信者照会(&amp;C)</translation>
    </message>
    <message>
        <source>Enter a name for this profile.</source>
        <translation>このプロファイルの名前を入力してください。</translation>
    </message>
    <message>
        <source>Enter the service ID.</source>
        <translation>サービス ID を入力してください。</translation>
    </message>
    <message>
        <source>The organization ID has exactly 16 letters and digits.</source>
        <translation>組織 ID は英数字 16 文字です。</translation>
    </message>
    <message>
        <source>Enter the Contiple domain: letters, digits and hyphens (e.g. nhn-cs).</source>
        <translation>Contiple のドメインを入力してください。英数字とハイフンが使えます（例: nhn-cs）。</translation>
    </message>
    <message>
        <source>Plain http is allowed only for this computer; use an https address.</source>
        <translation>http はこのコンピューター内でのみ使用できます。https のアドレスを使用してください。</translation>
    </message>
    <message>
        <source>Enter a web address that starts with https://</source>
        <translation>https:// で始まる Web アドレスを入力してください</translation>
    </message>
    <message>
        <source>Hide API key</source>
        <translation>API キーを非表示</translation>
    </message>
    <message>
        <source>(incomplete)</source>
        <translation>（未完成）</translation>
    </message>
    <message>
        <source>16 letters and digits (Global Management → Contract Service Status).</source>
        <translation>英数字 16 文字（グローバル管理 → 契約サービスの状況）。</translation>
    </message>
    <message>
        <source>%1 of 16 characters; only letters and digits are allowed.</source>
        <translation>16 文字中 %1 文字。英数字のみ使用できます。</translation>
    </message>
</context>
<context>
    <name>ProfileList</name>
    <message>
        <source>&amp;Profiles:</source>
        <translation>プロファイル(&amp;P):</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>プロファイルを追加</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation>プロファイルを複製</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>プロファイルを削除</translation>
    </message>
    <message>
        <source>Use t&amp;his profile</source>
        <translation>このプロファイルを使用(&amp;H)</translation>
    </message>
    <message>
        <source>Use this profile</source>
        <translation>このプロファイルを使用</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1（未保存）</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1（使用中）</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Connection profiles</source>
        <translation>接続プロファイル</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>プロファイルを削除</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続テスト(&amp;T)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>プロファイルを保存</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save (Enter or %1)</source>
        <translation>保存 (Enter または %1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to “%1”?</source>
        <translation>「%1」の未保存の変更を破棄しますか？</translation>
    </message>
    <message>
        <source>Confirm discard</source>
        <translation>破棄の確認</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Checking the keyring…</source>
        <translation>キーリングを確認中…</translation>
    </message>
    <message>
        <source>Not available (see below)</source>
        <translation>使用できません（下記参照）</translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation>システムのキーリング</translation>
    </message>
    <message>
        <source>Stored in %1</source>
        <translation>%1 に保存済み</translation>
    </message>
    <message>
        <source>Session only (not saved; enter it again next time)</source>
        <translation>このセッションのみ（未保存。次回再入力）</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新しいプロファイル</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（コピー）</translation>
    </message>
    <message>
        <source>Delete the profile “%1”? Its API key is removed from the keyring too.</source>
        <translation>プロファイル「%1」を削除しますか？ API キーもキーリングから削除されます。</translation>
    </message>
    <message>
        <source>Confirm deletion</source>
        <translation>削除の確認</translation>
    </message>
    <message>
        <source>The profile was deleted, but its API key could not be removed from the keyring: %1</source>
        <translation>プロファイルは削除しましたが、キーリングから API キーを削除できませんでした: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>The profile was saved, but not its API key.</source>
        <translation>プロファイルは保存しましたが、API キーは保存できませんでした。</translation>
    </message>
    <message>
        <source>Saved, but not the caller lookup&apos;s security key.</source>
        <translation>保存しましたが、発信者照会のセキュリティキーは保存できませんでした。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Enter the API key before using this profile.</source>
        <translation>このプロファイルを使用する前に API キーを入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>確認が必要な項目が %n 件あります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecentTicketsWidget</name>
    <message>
        <source>Recent tickets of this caller</source>
        <translation>このお客様の最近のチケット</translation>
    </message>
    <message>
        <source>Recent tickets</source>
        <translation>最近のチケット</translation>
    </message>
    <message>
        <source>Recent tickets status</source>
        <translation>最近のチケットの状態</translation>
    </message>
    <message>
        <source>Recent tickets error</source>
        <translation>最近のチケットのエラー</translation>
    </message>
    <message>
        <source>Open history</source>
        <translation>問い合わせ履歴を開く</translation>
    </message>
    <message>
        <source>Enter a user code to see the caller&apos;s tickets.</source>
        <translation>ユーザーコードを入力すると、お客様のチケットが表示されます。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) in total</source>
        <translation>
            <numerusform>チケット全 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>No earlier tickets for %1.</source>
        <translation>%1 の過去のチケットはありません。</translation>
    </message>
</context>
<context>
    <name>ResultBanner</name>
    <message>
        <source>Submit result</source>
        <translation>送信結果</translation>
    </message>
    <message>
        <source>Submit result message</source>
        <translation>送信結果のメッセージ</translation>
    </message>
    <message>
        <source>Ticket ID</source>
        <translation>チケット ID</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy ticket ID</source>
        <translation>チケット ID をコピー</translation>
    </message>
    <message>
        <source>Show customer history</source>
        <translation>問い合わせ履歴を表示</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>再送信</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>メッセージを閉じる</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>エラーの詳細</translation>
    </message>
    <message>
        <source>Ticket %1 was created. Read the ID back to the caller.</source>
        <translation>チケット %1 を作成しました。お客様にチケット ID をお伝えください。</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>詳細を隠す</translation>
    </message>
</context>
<context>
    <name>SafeHtmlView</name>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>[image]</source>
        <translation>[画像]</translation>
    </message>
    <message>
        <source>[image: %1]</source>
        <translation>[画像: %1]</translation>
    </message>
    <message>
        <source>This text was shown in part (%1 of %2 characters).</source>
        <translation>この本文は一部だけを表示しています（%2 文字中 %1 文字）。</translation>
    </message>
</context>
<context>
    <name>ScopeBar</name>
    <message>
        <source>Search scope</source>
        <translation>検索範囲</translation>
    </message>
</context>
<context>
    <name>ScopeChip</name>
    <message>
        <source>Only in: %1</source>
        <translation>%1 のみ</translation>
    </message>
    <message>
        <source>Searching only in %1. Click or press Delete to search everywhere.</source>
        <translation>%1 の中だけを検索しています。クリックするか Delete キーを押すと全体を検索します。</translation>
    </message>
</context>
<context>
    <name>SecretRow</name>
    <message>
        <source>Not stored</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>非表示</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
</context>
<context>
    <name>ShellStatusBar</name>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>接続状態</translation>
    </message>
    <message>
        <source>Clock warning</source>
        <translation>時計の警告</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Not connected — open File ▸ Connection profiles…</source>
        <translation>未接続 — ファイル ▸ 接続プロファイル… を開いてください</translation>
    </message>
    <message>
        <source>Demo (simulated)</source>
        <translation>デモ（シミュレーション）</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>本番</translation>
    </message>
    <message>
        <source>Beta</source>
        <translation>ベータ</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>アルファ</translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation>カスタム アドレス</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>サービス: %1</translation>
    </message>
    <message numerus="yes">
        <source>Contiple is busy — retrying in %n s</source>
        <translation>
            <numerusform>Contiple が混雑しています — %n 秒後に再試行</numerusform>
        </translation>
    </message>
    <message>
        <source>Contiple is busy — retrying…</source>
        <translation>Contiple が混雑しています — 再試行中…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>Slow connection</source>
        <translation>接続が遅い</translation>
    </message>
    <message>
        <source>Offline — cannot reach Contiple</source>
        <translation>オフライン — Contiple に接続できません</translation>
    </message>
    <message>
        <source>⚠ PC clock %1 min behind</source>
        <translation>⚠ PC の時計が %1 分遅れ</translation>
    </message>
    <message>
        <source>⚠ PC clock %1 min ahead</source>
        <translation>⚠ PC の時計が %1 分進み</translation>
    </message>
    <message numerus="yes">
        <source>Your PC clock is off by %n minute(s); correct it in the system settings.</source>
        <translation>
            <numerusform>PC の時計が %n 分ずれています。システム設定で修正してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Shortcut list</source>
        <translation>ショートカット一覧</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>メニュー</translation>
    </message>
</context>
<context>
    <name>SnippetButton</name>
    <message>
        <source>Reply s&amp;nippet…</source>
        <translation>返信用の定型文(&amp;N)…</translation>
    </message>
    <message>
        <source>Insert a reply snippet</source>
        <translation>返信用の定型文を挿入</translation>
    </message>
    <message>
        <source>Insert a saved Help Center answer (Ctrl+Shift+S)</source>
        <translation>保存したヘルプセンターの回答を挿入（Ctrl+Shift+S）</translation>
    </message>
</context>
<context>
    <name>SnippetPicker</name>
    <message>
        <source>Insert a reply snippet</source>
        <translation>返信用の定型文を挿入</translation>
    </message>
    <message>
        <source>Type to find a snippet</source>
        <translation>入力して定型文を検索</translation>
    </message>
    <message>
        <source>No reply snippets yet. Open a Help Center answer and choose “Save as reply snippet”.</source>
        <translation>返信用の定型文はまだありません。ヘルプセンターの回答を開き、「返信用の定型文として保存」を選んでください。</translation>
    </message>
</context>
<context>
    <name>SpamSetting</name>
    <message>
        <source>Service Management</source>
        <translation>サービス管理</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <source>Spam Management</source>
        <translation>スパム管理</translation>
    </message>
    <message>
        <source>Spam inquiry blocking</source>
        <translation>スパム問い合わせのブロック</translation>
    </message>
</context>
<context>
    <name>SpamWarningBanner</name>
    <message>
        <source>Spam limit warning</source>
        <translation>スパム上限の警告</translation>
    </message>
    <message>
        <source>Spam limit warning message</source>
        <translation>スパム上限の警告の案内</translation>
    </message>
    <message>
        <source>&amp;Queue it</source>
        <translation>送信トレイに入れる(&amp;Q)</translation>
    </message>
    <message>
        <source>Queue it</source>
        <translation>送信トレイに入れる</translation>
    </message>
    <message>
        <source>Send &amp;anyway</source>
        <translation>それでも送信(&amp;A)</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>それでも送信</translation>
    </message>
</context>
<context>
    <name>StatusPill</name>
    <message>
        <source>Ticket status</source>
        <translation>チケットの状態</translation>
    </message>
</context>
<context>
    <name>TemplateManager</name>
    <message>
        <source>the file cannot be read or is not JSON</source>
        <translation>ファイルを読み込めないか、JSON ではありません</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>ファイルが大きすぎます</translation>
    </message>
    <message>
        <source>it is not a template file</source>
        <translation>テンプレートのファイルではありません</translation>
    </message>
    <message>
        <source>it was made by a newer version</source>
        <translation>新しいバージョンで作られたファイルです</translation>
    </message>
    <message>
        <source>a value is missing or of the wrong kind</source>
        <translation>値がないか、種類が違います</translation>
    </message>
    <message>
        <source>two templates have the same name</source>
        <translation>2 つのテンプレートが同じ名前です</translation>
    </message>
    <message>
        <source>it holds too many templates</source>
        <translation>テンプレートが多すぎます</translation>
    </message>
    <message>
        <source>Template files (*.json)</source>
        <translation>テンプレートのファイル (*.json)</translation>
    </message>
    <message>
        <source>template %1</source>
        <translation>テンプレート %1</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>項目 %1</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Template list</source>
        <translation>テンプレートの一覧</translation>
    </message>
    <message>
        <source>Templates message</source>
        <translation>テンプレートの案内</translation>
    </message>
    <message>
        <source>New template name</source>
        <translation>新しいテンプレート名</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>名前を変更(&amp;R)</translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation>テンプレートの名前を変更</translation>
    </message>
    <message>
        <source>&amp;Apply to the form</source>
        <translation>フォームに適用(&amp;A)</translation>
    </message>
    <message>
        <source>Apply template to the form</source>
        <translation>テンプレートをフォームに適用</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>テンプレートを削除</translation>
    </message>
    <message>
        <source>Really delete? Click to confirm</source>
        <translation>本当に削除しますか? クリックで確定</translation>
    </message>
    <message>
        <source>Confirm delete</source>
        <translation>削除の確認</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Import templates</source>
        <translation>テンプレートをインポート</translation>
    </message>
    <message>
        <source>Imp&amp;ort replaces all my templates</source>
        <translation>インポートで自分のテンプレートをすべて置き換える(&amp;O)</translation>
    </message>
    <message>
        <source>Import replaces all my templates</source>
        <translation>インポートで自分のテンプレートをすべて置き換える</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export templates</source>
        <translation>テンプレートをエクスポート</translation>
    </message>
    <message>
        <source>inquiry type %1</source>
        <translation>問い合わせ種別 %1</translation>
    </message>
    <message>
        <source>No templates yet. Fill in a form and choose Tools ▸ Save form as template.</source>
        <translation>テンプレートはまだありません。フォームに入力してから、ツール ▸ フォームをテンプレートとして保存 を選んでください。</translation>
    </message>
    <message>
        <source>A template named “%1” exists already.</source>
        <translation>テンプレート「%1」はすでにあります。</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>「%1」に名前を変更しました。</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>「%1」を削除しました。</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 replaced by name.</source>
        <translation>インポート: %1 件を追加、同じ名前の %2 件を置き換え。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n template(s) to %1.</source>
        <translation>
            <numerusform>テンプレート %n 件を %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>This file cannot be imported (%1). Your templates were not changed.</source>
        <translation>このファイルはインポートできません（%1）。テンプレートは変更されていません。</translation>
    </message>
</context>
<context>
    <name>TemplateNotice</name>
    <message>
        <source>Template notice</source>
        <translation>テンプレートのお知らせ</translation>
    </message>
    <message>
        <source>Template message</source>
        <translation>テンプレートの案内</translation>
    </message>
    <message>
        <source>Close template message</source>
        <translation>テンプレートの案内を閉じる</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>テンプレート名</translation>
    </message>
    <message>
        <source>Template name, e.g. Password reset</source>
        <translation>テンプレート名、例: パスワードの再設定</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>テンプレートを保存</translation>
    </message>
    <message>
        <source>Save the current inquiry type and field values as a template:</source>
        <translation>現在の問い合わせ種別と項目の値をテンプレートとして保存:</translation>
    </message>
</context>
<context>
    <name>ThreadModel</name>
    <message>
        <source>Agent</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>お客様</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <source>Replies and follow-ups of this ticket, oldest first</source>
        <translation>このチケットの回答と追加のお問い合わせ（古い順）</translation>
    </message>
    <message>
        <source>No replies or follow-ups yet.</source>
        <translation>まだ回答や追加の問い合わせはありません。</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>添付ファイル:</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>やり取り</translation>
    </message>
</context>
<context>
    <name>TicketDesk</name>
    <message>
        <source>Kept in the outbox (%1): it is filed on its own. Go on with the next caller.</source>
        <translation>送信トレイに保管しました（%1）。自動で受け付けます。次のお客様へ進んでください。</translation>
    </message>
    <message>
        <source>Queued in the outbox; the draft was removed.</source>
        <translation>送信トレイに入れ、下書きは削除しました。</translation>
    </message>
    <message>
        <source>Could not keep it in the outbox (%1). The form is kept as it is.</source>
        <translation>送信トレイに保管できませんでした（%1）。フォームはそのまま残します。</translation>
    </message>
</context>
<context>
    <name>TicketDetailPane</name>
    <message>
        <source>Ticket detail</source>
        <translation>チケットの詳細</translation>
    </message>
    <message>
        <source>Ticket subject</source>
        <translation>チケットの件名</translation>
    </message>
    <message>
        <source>Ticket facts</source>
        <translation>チケットの情報</translation>
    </message>
    <message>
        <source>Detail message</source>
        <translation>詳細メッセージ</translation>
    </message>
    <message>
        <source>Ticket error</source>
        <translation>チケットのエラー</translation>
    </message>
    <message>
        <source>Inquiry content</source>
        <translation>問い合わせ内容</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>やり取り</translation>
    </message>
    <message>
        <source>Conversation attachments</source>
        <translation>会話の添付ファイル</translation>
    </message>
    <message>
        <source>Select a ticket to see its conversation.</source>
        <translation>チケットを選択すると、やり取りが表示されます。</translation>
    </message>
    <message>
        <source>Loading ticket %1…</source>
        <translation>チケット %1 を読み込み中…</translation>
    </message>
    <message>
        <source>Ticket ID</source>
        <translation>チケット ID</translation>
    </message>
    <message>
        <source>Inquiry type</source>
        <translation>問い合わせ種別</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日</translation>
    </message>
    <message>
        <source>Could not load the ticket: %1</source>
        <translation>チケットを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Ticket %1 was not found for this customer.</source>
        <translation>このお客様のチケットに %1 は見つかりません。</translation>
    </message>
</context>
<context>
    <name>TicketForm</name>
    <message>
        <source>%1 must be accepted.</source>
        <translation>%1 に同意する必要があります。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 は必須項目です。</translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters.</source>
        <translation>%1 が長すぎます。最大 %2 文字まで入力できます。</translation>
    </message>
    <message>
        <source>%1 is too long.</source>
        <translation>%1 が長すぎます。</translation>
    </message>
    <message>
        <source>%1 is not a valid e-mail address.</source>
        <translation>%1 は有効なメールアドレスではありません。</translation>
    </message>
    <message>
        <source>%1: choose one of the offered options.</source>
        <translation>%1: 表示された選択肢から選んでください。</translation>
    </message>
    <message>
        <source>%1: the start must not be after the end.</source>
        <translation>%1: 開始を終了より後にすることはできません。</translation>
    </message>
    <message>
        <source>%1 must look like %2.</source>
        <translation>%1 は %2 の形式で入力してください。</translation>
    </message>
    <message>
        <source>%1 has an invalid value.</source>
        <translation>%1 の値が正しくありません。</translation>
    </message>
    <message>
        <source>The server refused the value of %1.</source>
        <translation>サーバーが %1 の値を拒否しました。</translation>
    </message>
    <message>
        <source>This inquiry type has required fields the app cannot show: %1. The service will probably refuse the ticket. Ask a Contiple administrator to fix the form, or choose another inquiry type.</source>
        <translation>この問い合わせ種別には、アプリが表示できない必須項目があります: %1。サービスはおそらくチケットを拒否します。Contiple の管理者にフォームの修正を依頼するか、別の問い合わせ種別を選んでください。</translation>
    </message>
    <message>
        <source>Ticket form</source>
        <translation>チケットのフォーム</translation>
    </message>
    <message>
        <source>Form warning</source>
        <translation>フォームの警告</translation>
    </message>
</context>
<context>
    <name>TicketListModel</name>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Inquiry type</source>
        <translation>問い合わせ種別</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日</translation>
    </message>
    <message>
        <source>Ticket ID</source>
        <translation>チケット ID</translation>
    </message>
</context>
<context>
    <name>TicketStatus</name>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>Awaiting customer</source>
        <translation>お客様の返答待ち</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>TicketTemplates</name>
    <message>
        <source>The template file was damaged; it was kept in %1.</source>
        <translation>テンプレートのファイルが破損していたため、%1 に保管しました。</translation>
    </message>
    <message>
        <source>Apply a template</source>
        <translation>テンプレートを適用</translation>
    </message>
    <message>
        <source>Type a template name</source>
        <translation>テンプレート名を入力</translation>
    </message>
    <message>
        <source>No templates yet. Fill in a form and choose Tools ▸ Save form as template.</source>
        <translation>テンプレートはまだありません。フォームに入力してから、ツール ▸ フォームをテンプレートとして保存 を選んでください。</translation>
    </message>
    <message>
        <source>Applying the template “%1”…</source>
        <translation>テンプレート「%1」を適用しています…</translation>
    </message>
    <message>
        <source>Left as written (unknown placeholders): %1.</source>
        <translation>書かれたまま残しました（不明なプレースホルダー）: %1。</translation>
    </message>
    <message>
        <source>No caller data for: %1.</source>
        <translation>お客様の情報がありません: %1。</translation>
    </message>
    <message>
        <source>Template “%1” applied.</source>
        <translation>テンプレート「%1」を適用しました。</translation>
    </message>
    <message>
        <source>Template “%1” was not applied:</source>
        <translation>テンプレート「%1」は適用しませんでした:</translation>
    </message>
    <message>
        <source>its inquiry type no longer exists. Delete it, or make it again from a current form.</source>
        <translation>問い合わせ種別がもうありません。削除するか、今のフォームから作り直してください。</translation>
    </message>
    <message>
        <source>these fields are gone: %1</source>
        <translation>次の項目がなくなりました: %1</translation>
    </message>
    <message>
        <source>these values no longer fit: %1</source>
        <translation>次の値はもう合いません: %1</translation>
    </message>
    <message>
        <source>Choose an inquiry type and fill in the form first.</source>
        <translation>先に問い合わせ種別を選び、フォームに入力してください。</translation>
    </message>
    <message>
        <source>Saved the template “%1”.</source>
        <translation>テンプレート「%1」を保存しました。</translation>
    </message>
</context>
<context>
    <name>TypeAheadPicker</name>
    <message>
        <source>Nothing to choose</source>
        <translation>選べるものがありません</translation>
    </message>
</context>
<context>
    <name>TypePicker</name>
    <message>
        <source>Type to filter inquiry types…</source>
        <translation>入力して問い合わせ種別を絞り込み…</translation>
    </message>
    <message>
        <source>Filter inquiry types</source>
        <translation>問い合わせ種別を絞り込み</translation>
    </message>
    <message>
        <source>Inquiry types</source>
        <translation>問い合わせ種別</translation>
    </message>
    <message>
        <source>Chosen inquiry type</source>
        <translation>選択した問い合わせ種別</translation>
    </message>
    <message>
        <source>Loading the inquiry types…</source>
        <translation>問い合わせ種別を読み込んでいます…</translation>
    </message>
    <message>
        <source>No inquiry type matches “%1”. Check the spelling or clear the filter.</source>
        <translation>「%1」に一致する問い合わせ種別はありません。つづりを確認するか、絞り込みの文字を消してください。</translation>
    </message>
    <message>
        <source>No inquiry type chosen yet.</source>
        <translation>問い合わせ種別がまだ選択されていません。</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>選択中: %1</translation>
    </message>
</context>
<context>
    <name>WatchButton</name>
    <message>
        <source>Stop &amp;watching</source>
        <translation>ウォッチを停止(&amp;W)</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>ウォッチを停止</translation>
    </message>
    <message>
        <source>You are told when this ticket is answered or its status changes.</source>
        <translation>このチケットに回答があるか状態が変わるとお知らせします。</translation>
    </message>
    <message>
        <source>&amp;Watch this ticket</source>
        <translation>このチケットをウォッチ(&amp;W)</translation>
    </message>
    <message>
        <source>Watch this ticket</source>
        <translation>このチケットをウォッチ</translation>
    </message>
    <message>
        <source>Be told when this ticket is answered or its status changes.</source>
        <translation>このチケットに回答があるか状態が変わったらお知らせを受け取ります。</translation>
    </message>
</context>
<context>
    <name>WatchNote</name>
    <message>
        <source>Click to open the newest changed ticket.</source>
        <translation>クリックで最新の更新されたチケットを開きます。</translation>
    </message>
</context>
<context>
    <name>WatchedWindow</name>
    <message>
        <source>Watched tickets</source>
        <translation>ウォッチ中のチケット</translation>
    </message>
    <message>
        <source>Watch list status</source>
        <translation>ウォッチ一覧の状態</translation>
    </message>
    <message>
        <source>Watched tickets list</source>
        <translation>ウォッチ中のチケットの一覧</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>チケット</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>お客様</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open the ticket</source>
        <translation>チケットを開く</translation>
    </message>
    <message>
        <source>&amp;Stop watching</source>
        <translation>ウォッチを停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop watching the ticket</source>
        <translation>チケットのウォッチを停止</translation>
    </message>
    <message>
        <source>Stop watching a ticket after this many &amp;quiet days:</source>
        <translation>更新のない日がこの日数続いたらウォッチを停止(&amp;Q):</translation>
    </message>
    <message>
        <source>Days a quiet ticket stays watched</source>
        <translation>更新のないチケットをウォッチする日数</translation>
    </message>
    <message>
        <source>new change</source>
        <translation>新しい更新</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) watched; checked about every two minutes.</source>
        <translation>
            <numerusform>チケット %n 件をウォッチ中。約 2 分ごとに確認します。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_DateInput</name>
    <message>
        <source>Pick a date</source>
        <translation>日付を選択</translation>
    </message>
</context>
</TS>
