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
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
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
        <translation>お客様の履歴(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Find caller…</source>
        <translation>お客様を検索(&amp;F)…</translation>
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
        <translation>デモ ワークスペース</translation>
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
        <translation type="unfinished">キャンセルしました</translation>
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
    <message numerus="yes">
        <source>This happened %n time(s).</source>
        <translation type="vanished">
            <numerusform>%n 回発生しました。</numerusform>
        </translation>
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
        <source>Your PC clock is %1 minutes behind; correct it in the system settings.</source>
        <translation>PC の時計が %1 分遅れています。システム設定で修正してください。</translation>
    </message>
    <message>
        <source>Your PC clock is %1 minutes ahead; correct it in the system settings.</source>
        <translation>PC の時計が %1 分進んでいます。システム設定で修正してください。</translation>
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
        <translation type="unfinished">Contiple に接続…</translation>
    </message>
    <message>
        <source>Enter the connection details of your service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Contiple</source>
        <translation type="unfinished">Contiple に接続</translation>
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
        <translation type="unfinished">添付できるファイルは最大 5 個です。</translation>
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
        <translation type="unfinished">ヘルプセンター</translation>
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
        <translation type="unfinished">お客様の履歴</translation>
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
        <translation>お客様の履歴</translation>
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
        <translation type="unfinished">新規チケット</translation>
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
        <translation type="unfinished">閉じる</translation>
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
        <translation>接続</translation>
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
    <message>
        <source>⚠ PC clock %1 min behind</source>
        <translation>⚠ PC の時計が %1 分遅れ</translation>
    </message>
    <message>
        <source>⚠ PC clock %1 min ahead</source>
        <translation>⚠ PC の時計が %1 分進み</translation>
    </message>
    <message>
        <source>Your PC clock is off by %1 minutes; correct it in the system settings.</source>
        <translation>PC の時計が %1 分ずれています。システム設定で修正してください。</translation>
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
