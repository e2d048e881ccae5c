<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/about.py" line="34"/>
        <source>About Advocate Hub</source>
        <translation>Advocate Hub について</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/about.py" line="38"/>
        <source>Advocate Hub</source>
        <translation>Advocate Hub</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/about.py" line="39"/>
        <source>Run a customer-advocate program: challenges, points, tiers and rewards.</source>
        <translation>カスタマーアドボケイトプログラムを運営するためのアプリ：チャレンジ、ポイント、ランク、特典。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/about.py" line="45"/>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/about.py" line="46"/>
        <source>Data folder</source>
        <translation>データフォルダー</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/about.py" line="47"/>
        <source>Log file</source>
        <translation>ログファイル</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/about.py" line="48"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/about.py" line="49"/>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/about.py" line="63"/>
        <source>Copy details</source>
        <translation>詳細をコピー</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/about.py" line="65"/>
        <source>Copy these details for a support request</source>
        <translation>サポートへの問い合わせ用にこの詳細をコピー</translation>
    </message>
</context>
<context>
    <name>AdjustPointsDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="429"/>
        <source>Adjust points for %1</source>
        <translation>%1さんのポイントを調整</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="432"/>
        <source>Points to add; negative to take away</source>
        <translation>加算するポイント（減算する場合はマイナス）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="435"/>
        <source>For example: hosted the Berlin meetup</source>
        <translation>例：ベルリンのミートアップを主催</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="436"/>
        <source>Points</source>
        <translation>ポイント</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="437"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="438"/>
        <source>The advocate sees the reason with the entry.</source>
        <translation>理由は履歴とあわせてアドボケイトに表示されます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="439"/>
        <source>Adjust</source>
        <translation>調整</translation>
    </message>
</context>
<context>
    <name>AdvocateHistoryPanel</name>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="105"/>
        <source>Choose an advocate</source>
        <translation>アドボケイトを選択</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="106"/>
        <source>Select someone in the table to see their history and act on their membership or points.</source>
        <translation>表で選択すると、その人の履歴を確認し、メンバーシップやポイントを操作できます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="134"/>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="189"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="135"/>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="186"/>
        <source>Points</source>
        <translation>ポイント</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="136"/>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="137"/>
        <source>Groups</source>
        <translation>グループ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="157"/>
        <source>Adjust points…</source>
        <translation>ポイントを調整…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="159"/>
        <source>Reverse entry…</source>
        <translation>履歴を取り消す…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="161"/>
        <source>Reverse the points entry selected under Points</source>
        <translation>「ポイント」で選択したポイント履歴を取り消します</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="162"/>
        <source>Export data…</source>
        <translation>データをエクスポート…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="164"/>
        <source>Erase…</source>
        <translation>消去…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="177"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="180"/>
        <source>Which history to show</source>
        <translation>表示する履歴</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="186"/>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="201"/>
        <source>Points entries</source>
        <translation>ポイント履歴</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="186"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="186"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="189"/>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="202"/>
        <source>Submissions</source>
        <translation>提出</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="189"/>
        <source>Challenge</source>
        <translation>チャレンジ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="189"/>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="193"/>
        <source>Sent</source>
        <translation>送信日</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="191"/>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="203"/>
        <source>Badges</source>
        <translation>バッジ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="191"/>
        <source>Badge</source>
        <translation>バッジ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="191"/>
        <source>Earned</source>
        <translation>獲得日</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="193"/>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="204"/>
        <source>Referrals</source>
        <translation>紹介</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="193"/>
        <source>Referred</source>
        <translation>紹介した相手</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="193"/>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="196"/>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="205"/>
        <source>Status changes</source>
        <translation>ステータスの変更</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="196"/>
        <source>Change</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="196"/>
        <source>By</source>
        <translation>実行者</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="196"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="274"/>
        <source>Erased on %1</source>
        <translation>%1に消去済み</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="277"/>
        <source>%1 to spend · %2 earned in all</source>
        <translation>利用可能 %1 · 累計獲得 %2</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="282"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="319"/>
        <source>May publish their name and may be contacted</source>
        <translation>名前の公開可・連絡可</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="321"/>
        <source>May publish their name; not to be contacted</source>
        <translation>名前の公開可・連絡不可</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="324"/>
        <source>Name not to be published; may be contacted</source>
        <translation>名前の公開不可・連絡可</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="326"/>
        <source>Name not to be published and not to be contacted</source>
        <translation>名前の公開不可・連絡不可</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="332"/>
        <source>%1 (reversed)</source>
        <translation>%1（取り消し済み）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="334"/>
        <source>Reversal: %1</source>
        <translation>取り消し：%1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="339"/>
        <source>Joined as %1</source>
        <translation>%1として参加</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="341"/>
        <source>Personal data erased</source>
        <translation>個人データを消去済み</translation>
    </message>
</context>
<context>
    <name>AdvocatesPage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="243"/>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="394"/>
        <source>Advocates</source>
        <translation>アドボケイト</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="248"/>
        <source>Import CSV…</source>
        <translation>CSV をインポート…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="250"/>
        <source>Import advocates from a CSV file</source>
        <translation>CSV ファイルからアドボケイトをインポート</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="253"/>
        <source>Nominate…</source>
        <translation>推薦…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="255"/>
        <source>Nominate someone for the program</source>
        <translation>プログラムに推薦する</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="303"/>
        <source>%1 is nominated; invite them when you are ready.</source>
        <translation>%1さんを推薦しました。準備ができたら招待してください。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="334"/>
        <source>Show them</source>
        <translation>表示する</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="346"/>
        <source>Search advocates by name or email</source>
        <translation>名前またはメールアドレスでアドボケイトを検索</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="347"/>
        <source>Search by name or email</source>
        <translation>名前またはメールアドレスで検索</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="352"/>
        <source>Sort advocates by</source>
        <translation>アドボケイトの並べ替え</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="354"/>
        <source>Sort: name</source>
        <translation>並べ替え：名前</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="355"/>
        <source>Sort: points</source>
        <translation>並べ替え：ポイント</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="356"/>
        <source>Sort: last active</source>
        <translation>並べ替え：最終活動日</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="357"/>
        <source>Sort: asks in 30 days</source>
        <translation>並べ替え：30日間の依頼数</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="363"/>
        <source>Filter by tier</source>
        <translation>ランクで絞り込む</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="364"/>
        <source>All tiers</source>
        <translation>すべてのランク</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="366"/>
        <source>Filter by group</source>
        <translation>グループで絞り込む</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="366"/>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="549"/>
        <source>All groups</source>
        <translation>すべてのグループ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="369"/>
        <source>Filter by status</source>
        <translation>ステータスで絞り込む</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="370"/>
        <source>All statuses</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="374"/>
        <source>Filter by days without activity</source>
        <translation>活動のない日数で絞り込む</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="375"/>
        <source>Any activity</source>
        <translation>活動を問わない</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="376"/>
        <source>Idle %1+ days</source>
        <translation>%1日以上活動なし</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="380"/>
        <source>Filter by asks in the last 30 days</source>
        <translation>過去30日間の依頼数で絞り込む</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="381"/>
        <source>Any asks</source>
        <translation>依頼数を問わない</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="382"/>
        <source>%1+ asks</source>
        <translation>依頼 %1件以上</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="424"/>
        <source>Nobody matches</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="425"/>
        <source>No advocate matches these filters. Clear the search or choose another tier, group or status.</source>
        <translation>条件に合うアドボケイトはいません。検索をクリアするか、別のランク、グループ、ステータスを選んでください。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="435"/>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="437"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="505"/>
        <source>1 advocate</source>
        <translation>アドボケイト 1人</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="505"/>
        <source>%1 advocates</source>
        <translation>アドボケイト %1人</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="509"/>
        <source>%1 to %2 of %3</source>
        <translation>%3件中 %1〜%2件</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="533"/>
        <source>1 advocate is at the asking limit</source>
        <translation>1人のアドボケイトが依頼上限に達しています</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="535"/>
        <source>%1 advocates are at the asking limit</source>
        <translation>%1人のアドボケイトが依頼上限に達しています</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="538"/>
        <source>%1 took on %2 or more asks in the last 30 days. Give them a rest before asking again.</source>
        <translation>%1は過去30日間に%2件以上の依頼を受けています。次の依頼まで少し間を空けてください。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="618"/>
        <source>%1 points recorded with your reason.</source>
        <translation>%1ポイントを理由とともに記録しました。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="633"/>
        <source>The entry was reversed.</source>
        <translation>履歴を取り消しました。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="636"/>
        <source>Choose a folder for the export</source>
        <translation>エクスポート先のフォルダーを選択</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="652"/>
        <source>Exported %1 files to %2.</source>
        <translation>%1件のファイルを%2にエクスポートしました。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="670"/>
        <source>Their personal data was erased. Their points stay on the ledger.</source>
        <translation>個人データを消去しました。ポイントは台帳に残ります。</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="60"/>
        <source>Take a challenge, earn points, climb the board</source>
        <translation>チャレンジに挑戦して、ポイントを貯めて、ランキングを駆け上がろう</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="66"/>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="112"/>
        <source>Top advocates</source>
        <translation>トップアドボケイト</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="79"/>
        <source>Quick challenges</source>
        <translation>クイックチャレンジ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="91"/>
        <source>Tap to start</source>
        <translation>タップしてスタート</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="99"/>
        <source>or scan your member code</source>
        <translation>または会員コードをスキャン</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="112"/>
        <source>Top advocates at %1</source>
        <translation>%1のトップアドボケイト</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="115"/>
        <source>Be the first on the board today!</source>
        <translation>今日のランキング、一番乗りを目指そう！</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="135"/>
        <source>New challenges are coming soon.</source>
        <translation>新しいチャレンジをまもなく公開します。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="143"/>
        <source>+%1 points</source>
        <translation>+%1ポイント</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="89"/>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="92"/>
        <source>Export CSV</source>
        <translation>CSV をエクスポート</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="94"/>
        <source>Save every entry the filter matches as a CSV file</source>
        <translation>絞り込み条件に一致するすべての記録を CSV ファイルに保存します</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="102"/>
        <source>Search the audit log</source>
        <translation>監査ログを検索</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="103"/>
        <source>Search names, actions, reasons…</source>
        <translation>名前、操作、理由などを検索…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="109"/>
        <source>Clear the search</source>
        <translation>検索をクリア</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="109"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="111"/>
        <source>Who</source>
        <translation>実行者</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="112"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="113"/>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="114"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="136"/>
        <source>Audit log entries</source>
        <translation>監査ログの記録</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="148"/>
        <source>Nothing matches</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="149"/>
        <source>No entry matches these filters. Clear the search or choose a longer period.</source>
        <translation>条件に合う記録はありません。検索をクリアするか、期間を広げてください。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="154"/>
        <source>Before and after</source>
        <translation>変更前と変更後</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="158"/>
        <source>Selected entry, before and after</source>
        <translation>選択した記録の変更前と変更後</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="160"/>
        <source>Select an entry to see what it changed.</source>
        <translation>記録を選択すると、何が変わったかを確認できます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="184"/>
        <source>Everyone</source>
        <translation>全員</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="186"/>
        <source>Every action</source>
        <translation>すべての操作</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="187"/>
        <source>%1 (all)</source>
        <translation>%1（すべて）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="190"/>
        <source>Every target</source>
        <translation>すべての対象</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="228"/>
        <source>1 entry</source>
        <translation>1件</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="228"/>
        <source>%1 entries</source>
        <translation>%1件</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="236"/>
        <source>The system</source>
        <translation>システム</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="242"/>
        <source>Export the audit log</source>
        <translation>監査ログをエクスポート</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="242"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="252"/>
        <source>Exporting…</source>
        <translation>エクスポートしています…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="262"/>
        <source>Saved %1 entries to %2.</source>
        <translation>%1件の記録を%2に保存しました。</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../advocate_hub/ui/models/audit_model.py" line="130"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/audit_model.py" line="130"/>
        <source>Who</source>
        <translation>実行者</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/audit_model.py" line="130"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/audit_model.py" line="130"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/audit_model.py" line="150"/>
        <source>The system</source>
        <translation>システム</translation>
    </message>
</context>
<context>
    <name>BadgesModel</name>
    <message>
        <location filename="../../advocate_hub/ui/models/badges_model.py" line="79"/>
        <source>Earned %1</source>
        <translation>獲得日：%1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/badges_model.py" line="88"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/badges_model.py" line="95"/>
        <source>%1, earned %2</source>
        <translation>%1、獲得日：%2</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/badges_model.py" line="97"/>
        <source>%1, locked: %2 Progress %3</source>
        <translation>%1、未獲得：%2 進捗 %3</translation>
    </message>
</context>
<context>
    <name>BadgesPage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/badges.py" line="203"/>
        <source>Badges</source>
        <translation>バッジ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/badges.py" line="208"/>
        <source>Badges earned</source>
        <translation>獲得したバッジ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/badges.py" line="214"/>
        <source>Badges mark milestones. Locked ones show what they take and how far along you are.</source>
        <translation>バッジは節目の証です。未獲得のバッジには、獲得条件と現在の進み具合が表示されます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/badges.py" line="222"/>
        <source>Badge gallery</source>
        <translation>バッジ一覧</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/badges.py" line="227"/>
        <source>No badges yet</source>
        <translation>バッジはまだありません</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/badges.py" line="228"/>
        <source>This program has no badges. When the team adds some, they appear here with what they take.</source>
        <translation>このプログラムにはまだバッジがありません。運営チームが追加すると、獲得条件とあわせてここに表示されます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/badges.py" line="248"/>
        <source>%1 of %2 earned</source>
        <translation>%1 / %2 個獲得</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="331"/>
        <source>Content calendar</source>
        <translation>コンテンツカレンダー</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="337"/>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="337"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="337"/>
        <source>Quarter</source>
        <translation>四半期</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="343"/>
        <source>%1 view</source>
        <translation>%1表示</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="349"/>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="351"/>
        <source>Previous period</source>
        <translation>前の期間</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="353"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="355"/>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="357"/>
        <source>Next period</source>
        <translation>次の期間</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="369"/>
        <source>Challenges that started earlier and have no end date</source>
        <translation>以前に始まり、終了日のないチャレンジ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="412"/>
        <source>Select a challenge to see its dates. Drag it to another day to move it, or select it and press Alt+Left or Alt+Right.</source>
        <translation>チャレンジを選択すると日程を確認できます。別の日にドラッグするか、選択して Alt+← / Alt+→ を押すと移動できます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="418"/>
        <source>Reviews and posts</source>
        <translation>レビュー・投稿</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="419"/>
        <source>Polls, quizzes, content</source>
        <translation>投票・クイズ・コンテンツ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="420"/>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="421"/>
        <source>Calls and referrals</source>
        <translation>コール・紹介</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="422"/>
        <source>Feedback and video</source>
        <translation>フィードバック・動画</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="423"/>
        <source>Big commitments</source>
        <translation>大きな協力</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="453"/>
        <source>Week of %1</source>
        <translation>%1の週</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="457"/>
        <source>Q%1 %2</source>
        <translation>%2年 第%1四半期</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="481"/>
        <source>Ongoing (%1)</source>
        <translation>継続中（%1）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="482"/>
        <source>Show ongoing challenges</source>
        <translation>継続中のチャレンジを表示</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocate_hub/ui/views/calendar.py" line="487"/>
        <source>%n ongoing challenge(s) with no end date hidden.</source>
        <translation>
            <numerusform>終了日のない継続中のチャレンジ%n件を非表示にしています。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="497"/>
        <source>no end date</source>
        <translation>終了日なし</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="499"/>
        <source>%1 · %2 · %3 to %4 UTC. Alt+Left or Alt+Right moves it a day.</source>
        <translation>%1 · %2 · %3〜%4 (UTC)。Alt+← / Alt+→ で1日ずつ移動します。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="521"/>
        <source>Something went wrong.</source>
        <translation>問題が発生しました。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="522"/>
        <source>That move was not made: %1</source>
        <translation>移動できませんでした：%1</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="70"/>
        <source>Calendar of challenges</source>
        <translation>チャレンジのカレンダー</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="72"/>
        <source>Left and Right select a challenge; Alt+Left and Alt+Right move it a day.</source>
        <translation>← / → でチャレンジを選択し、Alt+← / Alt+→ で1日ずつ移動します。</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="162"/>
        <source>Reward</source>
        <translation>特典</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="163"/>
        <source>Points</source>
        <translation>ポイント</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="164"/>
        <source>Stock</source>
        <translation>在庫</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="165"/>
        <source>Tier</source>
        <translation>ランク</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="166"/>
        <source>Open</source>
        <translation>未対応</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="167"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="168"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="175"/>
        <source>Unlimited</source>
        <translation>無制限</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="179"/>
        <source>Offered</source>
        <translation>提供中</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="179"/>
        <source>Retired</source>
        <translation>提供終了</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="191"/>
        <source>Requests waiting, and requests fulfilled</source>
        <translation>対応待ちの申請と手配済みの申請</translation>
    </message>
</context>
<context>
    <name>ChallengeDetail</name>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="149"/>
        <source>Challenge details</source>
        <translation>チャレンジの詳細</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="167"/>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="174"/>
        <source>Pick a challenge</source>
        <translation>チャレンジを選んでください</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="169"/>
        <source>Choose one from the list to see what it asks, what it gives and how long it stays open. With the keyboard: arrow keys to browse, Enter to fill it in.</source>
        <translation>一覧から選ぶと、内容、もらえるポイント、受付期間を確認できます。キーボードでは矢印キーで移動し、Enter キーで入力に進めます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="206"/>
        <source>Points</source>
        <translation>ポイント</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="208"/>
        <source>points</source>
        <translation>ポイント</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="249"/>
        <source>I will say that I received points for this, and my words are my own honest opinion.</source>
        <translation>ポイントを受け取ったことを明記し、自分自身の率直な意見を述べることを約束します。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="263"/>
        <source>Submit</source>
        <translation>送信</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="268"/>
        <source>Not for me</source>
        <translation>今回は見送る</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="268"/>
        <source>Decline this challenge</source>
        <translation>このチャレンジを辞退</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="306"/>
        <source>%1 points</source>
        <translation>%1ポイント</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="329"/>
        <source>Last time</source>
        <translation>前回のコメント</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="338"/>
        <source>Waiting for review</source>
        <translation>確認待ち</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="339"/>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="464"/>
        <source>A moderator will look at it soon; you will get a notification when they have.</source>
        <translation>まもなくモデレーターが確認します。確認が済んだら通知でお知らせします。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="343"/>
        <source>The team asked for changes</source>
        <translation>運営チームから修正のお願いがあります</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="346"/>
        <source>Done, thank you!</source>
        <translation>完了しました。ありがとうございます！</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="348"/>
        <source>Changed your mind? You can still take it on below.</source>
        <translation>気が変わりましたか？下からいつでも挑戦できます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="349"/>
        <source>You declined this one</source>
        <translation>このチャレンジは辞退済みです</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="359"/>
        <source>Keep completing challenges to reach it; bigger asks open up as you go.</source>
        <translation>チャレンジを続けて、このランクを目指しましょう。進むにつれて、より大きな依頼が解放されます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="372"/>
        <source>Send it again</source>
        <translation>もう一度送信する</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="372"/>
        <source>Take it on</source>
        <translation>挑戦する</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="373"/>
        <source>Send again</source>
        <translation>再送信</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="454"/>
        <source>+%1 points are yours.</source>
        <translation>+%1ポイントを獲得しました。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="455"/>
        <source>Approved! Well done.</source>
        <translation>承認されました！お見事です。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="457"/>
        <source>Not quite.</source>
        <translation>あと一歩でした。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="463"/>
        <source>Sent, thank you!</source>
        <translation>送信しました。ありがとうございます！</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="482"/>
        <source>Declined.</source>
        <translation>辞退しました。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="482"/>
        <source>Thanks for saying so; it costs you nothing.</source>
        <translation>お知らせいただきありがとうございます。辞退しても不利になることはありません。</translation>
    </message>
</context>
<context>
    <name>ChallengeEditorPage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="150"/>
        <source>Manage challenges</source>
        <translation>チャレンジの管理</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="154"/>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="374"/>
        <source>New challenge</source>
        <translation>新しいチャレンジ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="184"/>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="185"/>
        <source>Search challenges</source>
        <translation>チャレンジを検索</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="192"/>
        <source>Clear the search</source>
        <translation>検索をクリア</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="192"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="197"/>
        <source>Show challenges that are</source>
        <translation>表示するチャレンジの状態</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="198"/>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="205"/>
        <source>Challenges</source>
        <translation>チャレンジ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="214"/>
        <source>No challenge matches.</source>
        <translation>該当するチャレンジはありません。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="234"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="236"/>
        <source>Expire now</source>
        <translation>今すぐ終了</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="239"/>
        <source>Archive</source>
        <translation>アーカイブ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="254"/>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="257"/>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="262"/>
        <source>Preview as an advocate of tier</source>
        <translation>プレビューするアドボケイトのランク</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="271"/>
        <source>Fix the fields marked in red to see the preview.</source>
        <translation>赤く表示された項目を修正すると、プレビューが表示されます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="277"/>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="285"/>
        <source>Dry run</source>
        <translation>事前確認</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="280"/>
        <source>Before you publish: who would this reach, and who has been asked enough already?</source>
        <translation>公開する前に：誰に届くか、すでに十分依頼を受けている人は誰かを確認しましょう。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="326"/>
        <source>, no end</source>
        <translation>、終了日なし</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="374"/>
        <source>Edit challenge</source>
        <translation>チャレンジを編集</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="383"/>
        <source>Save changes</source>
        <translation>変更を保存</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="383"/>
        <source>Save and publish</source>
        <translation>保存して公開</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="418"/>
        <source>Something went wrong.</source>
        <translation>問題が発生しました。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="431"/>
        <source>Published. Advocates see it from its start.</source>
        <translation>公開しました。開始日からアドボケイトに表示されます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="433"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="462"/>
        <source>Ended. Advocates see it as closed from now.</source>
        <translation>終了しました。今後アドボケイトには終了済みとして表示されます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="466"/>
        <source>Archived. It no longer shows anywhere for advocates.</source>
        <translation>アーカイブしました。アドボケイトにはどこにも表示されなくなります。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="485"/>
        <source>Would reach %1 advocates; %2 of them are at the fatigue limit.</source>
        <translation>%1人のアドボケイトに届きます。そのうち%2人は依頼上限に達しています。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="492"/>
        <source>Those at the limit will not be offered it until they have been asked less lately.</source>
        <translation>上限に達している人には、最近の依頼が減るまでこのチャレンジは表示されません。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="494"/>
        <source>This kind is not an ask, so the limit does not hold it back.</source>
        <translation>この種類は依頼ではないため、上限による制限は受けません。</translation>
    </message>
</context>
<context>
    <name>ChallengeForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="137"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="139"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="138"/>
        <source>What you ask, in a few words</source>
        <translation>依頼内容を短く</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="141"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="145"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="142"/>
        <source>Why it matters and what to do, in the advocate&apos;s words</source>
        <translation>なぜ大切なのか、何をすればよいのかを、アドボケイトに伝わる言葉で</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="148"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="152"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="155"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="167"/>
        <source>Points</source>
        <translation>ポイント</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="159"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="167"/>
        <source>Barrier</source>
        <translation>ハードル</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="161"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="162"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="163"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="169"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="170"/>
        <source>Starts</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="171"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="181"/>
        <source>Expires</source>
        <translation>終了日時</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="172"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="173"/>
        <source>No end date</source>
        <translation>終了日なし</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="184"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="191"/>
        <source>Times per advocate</source>
        <translation>1人あたりの回数</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="187"/>
        <source>Minimum tier</source>
        <translation>最低ランク</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="191"/>
        <source>Min tier</source>
        <translation>最低ランク</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="201"/>
        <source>Audience: %1</source>
        <translation>対象：%1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="205"/>
        <source>Tiers</source>
        <translation>ランク</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="205"/>
        <source>None ticked: every tier.</source>
        <translation>チェックなし：すべてのランクが対象。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="213"/>
        <source>Groups</source>
        <translation>グループ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="213"/>
        <source>None ticked: every group.</source>
        <translation>チェックなし：すべてのグループが対象。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="216"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="220"/>
        <source>Proof</source>
        <translation>エビデンス</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="222"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="224"/>
        <source>Event code</source>
        <translation>イベントコード</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="223"/>
        <source>The code advocates type at the event</source>
        <translation>アドボケイトがイベント会場で入力するコード</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="226"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="229"/>
        <source>Questions</source>
        <translation>質問</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="231"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="232"/>
        <source>Approve automatically</source>
        <translation>自動で承認</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="233"/>
        <source>Ask advocates to disclose the reward</source>
        <translation>特典を受け取ったことの明記をアドボケイトに求める</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="234"/>
        <source>Disclosure required</source>
        <translation>明記が必要</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="242"/>
        <source>Approval</source>
        <translation>承認</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="318"/>
        <source>Group: %1</source>
        <translation>グループ：%1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="447"/>
        <source>One per line: Question? | choice | *right choice | choice</source>
        <translation>1行に1問：質問？ | 選択肢 | *正解の選択肢 | 選択肢</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="450"/>
        <source>One per line: a question, &apos;nps: question&apos; for a 0-10 score, or &apos;question | choice | choice&apos;</source>
        <translation>1行に1問：質問文、0〜10で評価する場合は「nps: 質問文」、選択式なら「質問文 | 選択肢 | 選択肢」</translation>
    </message>
</context>
<context>
    <name>ChallengeScreen</name>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="379"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="392"/>
        <source>+%1 points</source>
        <translation>+%1ポイント</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="397"/>
        <source>Check me in</source>
        <translation>チェックインする</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="429"/>
        <source>Question %1 of %2: %3</source>
        <translation>質問 %1/%2：%3</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="441"/>
        <source>Score %1</source>
        <translation>スコア %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="453"/>
        <source>Your answer</source>
        <translation>あなたの回答</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="455"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="465"/>
        <source>In two or three sentences: what difference has it made for you?</source>
        <translation>2〜3文で教えてください：導入して何が変わりましたか？</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="469"/>
        <source>Your testimonial</source>
        <translation>あなたの体験談</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="473"/>
        <source>I will say that I received points for this if I share it publicly</source>
        <translation>公開して共有する場合は、ポイントを受け取ったことを明記します</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="477"/>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="482"/>
        <source>Who would benefit? We contact them only with their consent.</source>
        <translation>紹介したい方はいますか？ご本人の同意がある場合にのみご連絡します。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="483"/>
        <source>Their name</source>
        <translation>お名前</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="484"/>
        <source>Their email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="485"/>
        <source>Their company (optional)</source>
        <translation>会社名（任意）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="486"/>
        <source>They agreed that we may contact them</source>
        <translation>ご本人から連絡の同意を得ています</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="489"/>
        <source>Send referral</source>
        <translation>紹介を送信</translation>
    </message>
</context>
<context>
    <name>Challenges</name>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="52"/>
        <source>Open</source>
        <translation>受付中</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="53"/>
        <source>Locked</source>
        <translation>ロック中</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="54"/>
        <source>Coming soon</source>
        <translation>近日公開</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="55"/>
        <source>Pending</source>
        <translation>確認待ち</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="56"/>
        <source>Changes requested</source>
        <translation>修正依頼あり</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="57"/>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="58"/>
        <source>Declined</source>
        <translation>辞退済み</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="59"/>
        <source>Expired</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="78"/>
        <source>Low effort</source>
        <translation>ハードル：低</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="79"/>
        <source>Medium effort</source>
        <translation>ハードル：中</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="80"/>
        <source>High effort</source>
        <translation>ハードル：高</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="86"/>
        <source>Ending soonest</source>
        <translation>終了が近い順</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="87"/>
        <source>Most points</source>
        <translation>ポイントが高い順</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="88"/>
        <source>Newest first</source>
        <translation>新しい順</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="103"/>
        <source>1 day</source>
        <translation>1日</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="105"/>
        <source>%n days</source>
        <translation>%n日</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="107"/>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="110"/>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="114"/>
        <source>%n h</source>
        <translation>%n時間</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="112"/>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="116"/>
        <source>%n min</source>
        <translation>%n分</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="123"/>
        <source>opens in %1</source>
        <translation>%1後に開始</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="130"/>
        <source>ended %1</source>
        <translation>%1に終了</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="131"/>
        <source>ends in %1</source>
        <translation>あと%1で終了</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="140"/>
        <source>Opens in %1</source>
        <translation>開始まであと%1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="144"/>
        <source>No end date</source>
        <translation>終了日なし</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="147"/>
        <source>Closed on %1</source>
        <translation>%1に終了</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="148"/>
        <source>Closes in %1</source>
        <translation>終了まであと%1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="224"/>
        <source>1 point</source>
        <translation>1ポイント</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="226"/>
        <source>%1 points</source>
        <translation>%1ポイント</translation>
    </message>
</context>
<context>
    <name>ChallengesPage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="70"/>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="72"/>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="111"/>
        <source>Challenges</source>
        <translation>チャレンジ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="80"/>
        <source>Search challenges</source>
        <translation>チャレンジを検索</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="81"/>
        <source>Search challenges  (Ctrl+F)</source>
        <translation>チャレンジを検索  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="86"/>
        <source>Clear search</source>
        <translation>検索をクリア</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="86"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="89"/>
        <source>Filter by kind</source>
        <translation>種類で絞り込む</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="89"/>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="92"/>
        <source>Filter by effort</source>
        <translation>ハードルで絞り込む</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="92"/>
        <source>Any effort</source>
        <translation>ハードルを問わない</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="95"/>
        <source>Filter by status</source>
        <translation>状態で絞り込む</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="95"/>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="98"/>
        <source>Sort by</source>
        <translation>並べ替え</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="125"/>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="239"/>
        <source>No challenges match your filters</source>
        <translation>条件に合うチャレンジはありません</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="126"/>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="239"/>
        <source>Try other words, or show every challenge again.</source>
        <translation>別のキーワードで試すか、すべてのチャレンジを表示してください。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="128"/>
        <source>Show all challenges</source>
        <translation>すべてのチャレンジを表示</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="234"/>
        <source>1 challenge</source>
        <translation>1件のチャレンジ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="234"/>
        <source>%1 challenges</source>
        <translation>%1件のチャレンジ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="245"/>
        <source>No challenges yet</source>
        <translation>チャレンジはまだありません</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="246"/>
        <source>When the team opens a challenge, it appears here. Check back soon!</source>
        <translation>運営チームがチャレンジを公開すると、ここに表示されます。またのぞいてみてください！</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_tables.py" line="140"/>
        <source>Export CSV</source>
        <translation>CSV をエクスポート</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_tables.py" line="142"/>
        <source>Export %1 as CSV</source>
        <translation>%1を CSV でエクスポート</translation>
    </message>
</context>
<context>
    <name>CodeForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="284"/>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="287"/>
        <source>Event code</source>
        <translation>イベントコード</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="284"/>
        <source>The code on the booth screen</source>
        <translation>ブース画面に表示されているコード</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="286"/>
        <source>Shown at %1.</source>
        <translation>%1で表示されています。</translation>
    </message>
</context>
<context>
    <name>DealValueDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="87"/>
        <source>Deal won</source>
        <translation>成約</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="92"/>
        <source>%1 is won</source>
        <translation>%1が成約しました</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="94"/>
        <source>What is the deal worth? It counts towards the program&apos;s won value.</source>
        <translation>この商談の金額はいくらですか？プログラムの成約額に加算されます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="98"/>
        <source>Deal value</source>
        <translation>成約金額</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="104"/>
        <source>Mark as won</source>
        <translation>成約にする</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="105"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>DeclineDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="107"/>
        <source>Decline “%1”</source>
        <translation>「%1」を辞退</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="111"/>
        <source>No problem: declining costs you nothing.</source>
        <translation>問題ありません。辞退しても不利になることはありません。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="112"/>
        <source>A reason helps the team ask better next time (optional).</source>
        <translation>理由を教えていただけると、今後の依頼の参考になります（任意）。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="115"/>
        <source>Reason for declining (optional)</source>
        <translation>辞退の理由（任意）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="116"/>
        <source>Too busy this quarter, not my topic…</source>
        <translation>今期は忙しい、専門外のテーマ…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="121"/>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="123"/>
        <source>Decline</source>
        <translation>辞退する</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="124"/>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="126"/>
        <source>Keep it</source>
        <translation>辞退しない</translation>
    </message>
</context>
<context>
    <name>DemoMode</name>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="63"/>
        <source>Advocate Hub · Demo</source>
        <translation>Advocate Hub · デモ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="65"/>
        <source>DEMO · sample data</source>
        <translation>デモ · サンプルデータ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="66"/>
        <source>Demo program: sample data that never syncs</source>
        <translation>デモプログラム：同期されないサンプルデータです</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="67"/>
        <source>This is the demo program. Its people are made up and it never syncs.</source>
        <translation>これはデモプログラムです。登場する人物は架空のもので、同期されることはありません。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="72"/>
        <source>VIEW AS</source>
        <translation>表示モード</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="75"/>
        <source>View the app as</source>
        <translation>アプリの表示モード</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="76"/>
        <source>See the app exactly as each tier, or a moderator, sees it</source>
        <translation>各ランクやモデレーターから見たアプリの画面を、そのまま確認できます</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="77"/>
        <source>Choose a view</source>
        <translation>表示を選択</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="83"/>
        <source>Take the tour</source>
        <translation>ツアーを見る</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="87"/>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="148"/>
        <source>Reset demo</source>
        <translation>デモをリセット</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="98"/>
        <source>Community advocate</source>
        <translation>コミュニティ アドボケイト</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="99"/>
        <source>Silver advocate</source>
        <translation>シルバー アドボケイト</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="100"/>
        <source>Gold advocate</source>
        <translation>ゴールド アドボケイト</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="101"/>
        <source>Platinum advocate</source>
        <translation>プラチナ アドボケイト</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="102"/>
        <source>Moderator</source>
        <translation>モデレーター</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="145"/>
        <source>Restoring the demo…</source>
        <translation>デモを復元しています…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="147"/>
        <source>Restoring the demo</source>
        <translation>デモを復元中</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="171"/>
        <source>The demo is as good as new.</source>
        <translation>デモを初期状態に戻しました。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="221"/>
        <source>Home: what an advocate sees first</source>
        <translation>ホーム：アドボケイトが最初に見る画面</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="222"/>
        <source>Points, progress to the next tier, badges within reach and challenges picked for them.</source>
        <translation>ポイント、次のランクまでの進み具合、獲得間近のバッジ、おすすめのチャレンジが表示されます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="228"/>
        <source>Challenges: the asks</source>
        <translation>チャレンジ：アドボケイトへの依頼</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="230"/>
        <source>Low-barrier asks are open to everyone; medium and high ones unlock with Silver and Gold. A locked challenge says why.</source>
        <translation>ハードルの低い依頼は誰でも参加できます。ハードルが中程度・高めの依頼は、シルバーとゴールドで解放されます。ロック中のチャレンジには、その理由が表示されます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="238"/>
        <source>Leaderboard</source>
        <translation>ランキング</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="239"/>
        <source>All time, this month and this week. Advocates who opted out never appear.</source>
        <translation>全期間・今月・今週のランキングです。退会したアドボケイトは表示されません。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="245"/>
        <source>Rewards</source>
        <translation>特典</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="246"/>
        <source>Status, access, power and stuff, most wanted first. Higher tiers unlock more of them.</source>
        <translation>ステータス、アクセス、影響力、グッズの順に、人気の高い特典から並んでいます。ランクが上がるほど、交換できる特典が増えます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="252"/>
        <source>View as any tier, or a moderator</source>
        <translation>任意のランク、またはモデレーターとして表示</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="254"/>
        <source>Switch here to show what each tier unlocks, or the moderator&apos;s workspace. Compare tiers puts them side by side; Reset demo puts everything back.</source>
        <translation>ここで切り替えると、各ランクで解放される内容やモデレーターのワークスペースを確認できます。「ランク比較」では各ランクを並べて比較でき、「デモをリセット」ですべてを元に戻せます。</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="479"/>
        <source>Erase %1&apos;s personal data?</source>
        <translation>%1さんの個人データを消去しますか？</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="485"/>
        <source>Their name, email, company, proof and referral contacts are removed on every device. Their points stay, so leaderboards and metrics do not change. This cannot be undone.</source>
        <translation>名前、メールアドレス、会社名、エビデンス、紹介先の連絡先が、すべてのデバイスから削除されます。ポイントは残るため、ランキングや指標は変わりません。この操作は元に戻せません。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="493"/>
        <source>Type the advocate&apos;s email to confirm</source>
        <translation>確認のため、アドボケイトのメールアドレスを入力してください</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="495"/>
        <source>For example: their request by email on 3 March</source>
        <translation>例：3月3日にメールで本人から依頼</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="496"/>
        <source>Type their email</source>
        <translation>メールアドレスを入力</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="497"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="498"/>
        <source>Erase for good</source>
        <translation>完全に消去</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../advocate_hub/ui/logs.py" line="29"/>
        <source>Something went wrong. The details are in the log in %1.</source>
        <translation>問題が発生しました。詳細は%1のログに記録されています。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/logs.py" line="36"/>
        <source>Advocate Hub</source>
        <translation>Advocate Hub</translation>
    </message>
</context>
<context>
    <name>FirstSyncDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/first_sync.py" line="43"/>
        <location filename="../../advocate_hub/ui/first_sync.py" line="44"/>
        <location filename="../../advocate_hub/ui/first_sync.py" line="59"/>
        <source>Fetching your program</source>
        <translation>プログラムを取得しています</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/first_sync.py" line="64"/>
        <source>Fetching progress</source>
        <translation>取得の進行状況</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/first_sync.py" line="69"/>
        <source>Fetching problem</source>
        <translation>取得時の問題</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/first_sync.py" line="74"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/first_sync.py" line="76"/>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/first_sync.py" line="95"/>
        <source>Signed in as %1. Fetching your program from %2…</source>
        <translation>%1としてサインインしました。%2からプログラムを取得しています…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/first_sync.py" line="112"/>
        <source>Fetched %1 of about %2 changes…</source>
        <translation>約%2件の変更のうち%1件を取得しました…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/first_sync.py" line="131"/>
        <source>Your program could not be fetched.</source>
        <translation>プログラムを取得できませんでした。</translation>
    </message>
</context>
<context>
    <name>FulfilmentPage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="118"/>
        <source>Rewards desk</source>
        <translation>特典デスク</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="124"/>
        <source>Fulfil what advocates asked for, oldest first, and keep the catalog worth opening.</source>
        <translation>アドボケイトからの申請を古い順に手配し、カタログを魅力的に保ちましょう。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="132"/>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="134"/>
        <source>Rewards desk sections</source>
        <translation>特典デスクのセクション</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="144"/>
        <source>Waiting to be fulfilled</source>
        <translation>手配待ち</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="150"/>
        <source>Requests waiting to be fulfilled</source>
        <translation>手配待ちの申請</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="157"/>
        <source>All caught up</source>
        <translation>すべて対応済みです</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="158"/>
        <source>No requests are waiting. New redemptions appear here, oldest first.</source>
        <translation>手配待ちの申請はありません。新しい交換申請は、古い順にここに表示されます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="169"/>
        <source>Fulfilment queue</source>
        <translation>手配キュー</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="182"/>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="205"/>
        <source>Catalog</source>
        <translation>カタログ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="184"/>
        <source>New reward</source>
        <translation>新しい特典</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="191"/>
        <source>Reward catalog</source>
        <translation>特典カタログ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="223"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n件待ち</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="224"/>
        <source>Fulfilment queue (%1)</source>
        <translation>手配キュー（%1）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="272"/>
        <source>Fulfilled: %1 for %2.</source>
        <translation>手配済み：%2さんの%1。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="282"/>
        <source>Say why the request is cancelled; the advocate sees it with the refund.</source>
        <translation>キャンセルの理由を入力してください。返還とあわせてアドボケイトに表示されます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="290"/>
        <source>Cancelled: %1 for %2; the points went back.</source>
        <translation>キャンセル済み：%2さんの%1。ポイントは返還されました。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="332"/>
        <source>Saved %1.</source>
        <translation>%1を保存しました。</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="43"/>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="49"/>
        <source>Your points</source>
        <translation>保有ポイント</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="51"/>
        <source>Points balance</source>
        <translation>ポイント残高</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="57"/>
        <source>Your tier</source>
        <translation>現在のランク</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="70"/>
        <source>Progress to the next tier</source>
        <translation>次のランクまでの進み具合</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="77"/>
        <source>Recommended for you</source>
        <translation>あなたへのおすすめ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="81"/>
        <source>Badges within reach</source>
        <translation>もうすぐ獲得できるバッジ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="85"/>
        <source>Recent activity</source>
        <translation>最近のアクティビティ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="89"/>
        <source>From the team</source>
        <translation>運営チームから</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="109"/>
        <source>Welcome back, %1</source>
        <translation>おかえりなさい、%1さん</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="111"/>
        <source>%1 earned in all</source>
        <translation>累計%1ポイント獲得</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="116"/>
        <source>The top tier. Thank you for everything you do!</source>
        <translation>最高ランクです。いつもご協力ありがとうございます！</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="120"/>
        <source>%1 points to %2, plus one case study, talk or advisory seat</source>
        <translation>%2まであと%1ポイント、さらに導入事例・登壇・アドバイザリーボードのいずれか1件</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="122"/>
        <source>%1 points to %2</source>
        <translation>%2まであと%1ポイント</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="130"/>
        <source>%1 unlocks: %2</source>
        <translation>%1ランクで解放：%2</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="144"/>
        <source>ends %1</source>
        <translation>%1まで</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="152"/>
        <source>All caught up</source>
        <translation>すべて完了しました</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="153"/>
        <source>Nothing new to do right now. New challenges appear here when they open.</source>
        <translation>今は新しいチャレンジはありません。公開されると、ここに表示されます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="165"/>
        <source>Progress to %1</source>
        <translation>%1への進み具合</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="169"/>
        <source>You have every badge. Impressive!</source>
        <translation>すべてのバッジを獲得済みです。すばらしい！</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="183"/>
        <source>Your points history starts with your first challenge.</source>
        <translation>最初のチャレンジを完了すると、ここにポイント履歴が表示されます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="200"/>
        <source>Thank-yous and news about your contributions appear here.</source>
        <translation>あなたの貢献へのお礼やお知らせが、ここに表示されます。</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="276"/>
        <source>QR code to continue on your phone</source>
        <translation>スマートフォンで続けるための QR コード</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="297"/>
        <source>I&apos;m done: sign me out</source>
        <translation>終了してサインアウト</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="305"/>
        <source>Hi %1!</source>
        <translation>こんにちは、%1さん！</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="305"/>
        <source>Hi there!</source>
        <translation>こんにちは！</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="308"/>
        <source>Continue on your phone</source>
        <translation>スマートフォンで続ける</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="313"/>
        <source>+%1 points</source>
        <translation>+%1ポイント</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="323"/>
        <source>You&apos;re checked in. Pick a quick challenge:</source>
        <translation>チェックインしました。クイックチャレンジを選んでください：</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="325"/>
        <source>You&apos;re checked in, and you&apos;ve done every quick challenge. Thank you!</source>
        <translation>チェックインしました。クイックチャレンジもすべて完了しています。ありがとうございます！</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="335"/>
        <source>Your points go to member %1 once this kiosk syncs.</source>
        <translation>このキオスクが同期されると、ポイントは会員%1に付与されます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="329"/>
        <source>Pick a quick challenge:</source>
        <translation>クイックチャレンジを選んでください：</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="331"/>
        <source>You&apos;ve done every quick challenge. Thank you!</source>
        <translation>クイックチャレンジをすべて完了しました。ありがとうございます！</translation>
    </message>
</context>
<context>
    <name>ImportAdvocatesDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="121"/>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="122"/>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="132"/>
        <source>Import advocates</source>
        <translation>アドボケイトをインポート</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="136"/>
        <source>Choose a CSV file saved as UTF-8 whose first line names the columns email, name, company, language and groups (separate several groups with a semicolon). Every row is checked first: if any row has a problem, nothing is imported.</source>
        <translation>UTF-8 で保存され、1行目に列名 email、name、company、language、groups が書かれた CSV ファイルを選んでください（複数のグループはセミコロンで区切ります）。まずすべての行をチェックし、1行でも問題があれば何もインポートしません。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="148"/>
        <source>No file chosen</source>
        <translation>ファイルが選択されていません</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="149"/>
        <source>Choose file…</source>
        <translation>ファイルを選択…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="149"/>
        <source>Choose a CSV file</source>
        <translation>CSV ファイルを選択</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="156"/>
        <source>Import message</source>
        <translation>インポートのメッセージ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="161"/>
        <source>Import progress</source>
        <translation>インポートの進行状況</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="171"/>
        <source>First rows of the file</source>
        <translation>ファイルの先頭の行</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="181"/>
        <source>No file yet</source>
        <translation>ファイルがまだありません</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="182"/>
        <source>Choose a CSV file: its first rows and anything wrong with it show here before you import.</source>
        <translation>CSV ファイルを選ぶと、インポート前に先頭の行と問題点がここに表示されます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="194"/>
        <source>Problems found in the file</source>
        <translation>ファイル内で見つかった問題</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="199"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="202"/>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="219"/>
        <source>Choose a CSV file of advocates</source>
        <translation>アドボケイトの CSV ファイルを選択</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="219"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="232"/>
        <source>Reading %1…</source>
        <translation>%1を読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="233"/>
        <source>Reading the file…</source>
        <translation>ファイルを読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="233"/>
        <source>Its first rows show here in a moment.</source>
        <translation>まもなく先頭の行が表示されます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="250"/>
        <source>Importing %1 advocates…</source>
        <translation>%1人のアドボケイトをインポートしています…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="266"/>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="300"/>
        <source>Every row is fine: %1 advocates are ready to import.</source>
        <translation>すべての行に問題はありません。%1人のアドボケイトをインポートできます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="307"/>
        <source>%1 row(s) have problems, listed below. Fix them in the file and choose it again; nothing will be imported until every row is fine.</source>
        <translation>%1行に問題があります（下記参照）。ファイルを修正してもう一度選んでください。すべての行に問題がなくなるまで、何もインポートされません。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="319"/>
        <source>%1 ADVOCATES IMPORTED</source>
        <translation>%1人のアドボケイトをインポートしました</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="320"/>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="321"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="322"/>
        <source>Imported %1 advocates.</source>
        <translation>%1人のアドボケイトをインポートしました。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="328"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>キャンセルしました。何もインポートされていません。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="330"/>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="335"/>
        <source>Nothing to preview</source>
        <translation>プレビューするものがありません</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="330"/>
        <source>Choose a CSV file to see its rows.</source>
        <translation>CSV ファイルを選ぶと、行の内容が表示されます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="336"/>
        <source>Fix the file as the message above says, then choose it again.</source>
        <translation>上のメッセージに従ってファイルを修正し、もう一度選んでください。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="375"/>
        <source>PREVIEW</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="378"/>
        <source>%1 ADVOCATES TO IMPORT · FIRST %2 SHOWN</source>
        <translation>インポート対象 %1人 · 先頭 %2件を表示</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="383"/>
        <source>%1 ADVOCATES TO IMPORT</source>
        <translation>インポート対象 %1人</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="392"/>
        <source>… and %1 more</source>
        <translation>… ほか%1件</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="393"/>
        <source>%1 PROBLEM(S)</source>
        <translation>問題 %1件</translation>
    </message>
</context>
<context>
    <name>JoinScreen</name>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="199"/>
        <source>Join the advocate program</source>
        <translation>アドボケイトプログラムに参加</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="204"/>
        <source>Your name</source>
        <translation>お名前</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="205"/>
        <source>Your email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="206"/>
        <source>Company (optional)</source>
        <translation>会社名（任意）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="212"/>
        <source>I agree to join the program and for my details to be stored (required)</source>
        <translation>プログラムへの参加と、登録情報の保存に同意します（必須）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="214"/>
        <source>You may contact me about the program</source>
        <translation>プログラムに関する連絡を受け取ります</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="215"/>
        <source>You may show my name on leaderboards and quotes</source>
        <translation>ランキングや引用コメントに名前を表示してもかまいません</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="222"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="224"/>
        <source>Join and continue</source>
        <translation>参加して続ける</translation>
    </message>
</context>
<context>
    <name>KindChart</name>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="353"/>
        <source>Participation per kind</source>
        <translation>種類別の参加率</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="355"/>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="362"/>
        <source>Participation</source>
        <translation>参加率</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="76"/>
        <source>%1 kiosk</source>
        <translation>%1 キオスク</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="121"/>
        <source>DEMO · sample data</source>
        <translation>デモ · サンプルデータ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="123"/>
        <source>Demo program: sample data that never syncs</source>
        <translation>デモプログラム：同期されないサンプルデータです</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="126"/>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="127"/>
        <source>Staff: hold to leave kiosk mode</source>
        <translation>スタッフ用：長押しでキオスクモードを終了</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="164"/>
        <source>I&apos;m still here</source>
        <translation>まだ使っています</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="203"/>
        <source>Still there? Signing out in 1 second</source>
        <translation>まだいらっしゃいますか？1秒後にサインアウトします</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="205"/>
        <source>Still there? Signing out in %1 seconds</source>
        <translation>まだいらっしゃいますか？%1秒後にサインアウトします</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="262"/>
        <source>Welcome! Tell us a little about yourself to take part.</source>
        <translation>ようこそ！参加するには、あなたについて少し教えてください。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="267"/>
        <source>That is not a member code. Type your email address, or the code on your badge (8 letters and digits).</source>
        <translation>会員コードではありません。メールアドレスか、バッジに記載されたコード（英数字8文字）を入力してください。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="348"/>
        <source>You earned %1 points.</source>
        <translation>%1ポイントを獲得しました。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="350"/>
        <source>All done.</source>
        <translation>完了です。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="352"/>
        <source>A moderator will look at it soon; your points follow once it is approved.</source>
        <translation>まもなくモデレーターが確認します。承認されるとポイントが付与されます。</translation>
    </message>
</context>
<context>
    <name>LeaderboardPage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="89"/>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="100"/>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="131"/>
        <source>Leaderboard</source>
        <translation>ランキング</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="94"/>
        <source>&amp;Jump to me</source>
        <translation>自分の順位へ(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="94"/>
        <source>Jump to my row</source>
        <translation>自分の行へ移動</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="96"/>
        <source>Scroll to your place on this board (Alt+J)</source>
        <translation>このランキングでの自分の順位までスクロールします (Alt+J)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="106"/>
        <source>Leaderboard period</source>
        <translation>ランキングの期間</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="113"/>
        <source>All time</source>
        <translation>全期間</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="113"/>
        <source>This month</source>
        <translation>今月</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="113"/>
        <source>This week</source>
        <translation>今週</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="118"/>
        <source>Board</source>
        <translation>対象</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="121"/>
        <source>Whose board: everyone or one group</source>
        <translation>表示するランキング：全員または特定のグループ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="123"/>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="216"/>
        <source>Everyone</source>
        <translation>全員</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="148"/>
        <source>Your place on this board</source>
        <translation>このランキングでのあなたの順位</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="156"/>
        <source>Your place on this board: click to jump to it</source>
        <translation>このランキングでのあなたの順位：クリックして移動</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="240"/>
        <source>1 advocate</source>
        <translation>アドボケイト 1人</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="240"/>
        <source>%1 advocates</source>
        <translation>アドボケイト %1人</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="258"/>
        <source>No points this week yet</source>
        <translation>今週のポイント獲得者はまだいません</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="259"/>
        <source>This week&apos;s board fills as advocates complete challenges. Complete one to lead it.</source>
        <translation>アドボケイトがチャレンジを完了すると、今週のランキングが埋まっていきます。1つ完了して首位に立ちましょう。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="262"/>
        <source>No points this month yet</source>
        <translation>今月のポイント獲得者はまだいません</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="263"/>
        <source>This month&apos;s board fills as advocates complete challenges. Complete one to lead it.</source>
        <translation>アドボケイトがチャレンジを完了すると、今月のランキングが埋まっていきます。1つ完了して首位に立ちましょう。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="265"/>
        <source>Nobody on this board yet</source>
        <translation>このランキングにはまだ誰もいません</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="266"/>
        <source>Advocates appear here as they earn points. Complete a challenge to be the first.</source>
        <translation>ポイントを獲得したアドボケイトがここに表示されます。チャレンジを完了して一番乗りを目指しましょう。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="272"/>
        <source>You&apos;re not on this board yet. Earn points this week to join it.</source>
        <translation>まだこのランキングに表示されていません。今週ポイントを獲得すると表示されます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="273"/>
        <source>You&apos;re not on this board yet. Earn points this month to join it.</source>
        <translation>まだこのランキングに表示されていません。今月ポイントを獲得すると表示されます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="274"/>
        <source>You&apos;re not on this board yet. Earn points here to join it.</source>
        <translation>まだこのランキングに表示されていません。ポイントを獲得すると表示されます。</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="151"/>
        <location filename="../../advocate_hub/ui/views/profile.py" line="167"/>
        <source>Leave the program</source>
        <translation>プログラムを退会</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="156"/>
        <source>Leave the program?</source>
        <translation>プログラムを退会しますか？</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="159"/>
        <source>You will receive no more challenges and disappear from leaderboards. Your points are kept, and you can rejoin at any time.</source>
        <translation>今後チャレンジは届かなくなり、ランキングにも表示されなくなります。ポイントはそのまま残り、いつでも再参加できます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="168"/>
        <source>Stay</source>
        <translation>退会しない</translation>
    </message>
</context>
<context>
    <name>LinkForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="213"/>
        <source>Link to what you did</source>
        <translation>実施内容へのリンク</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="219"/>
        <source>Link to your post, review or answer</source>
        <translation>投稿、レビュー、回答へのリンク</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../advocate_hub/ui/main_window.py" line="104"/>
        <source>Advocate Hub</source>
        <translation>Advocate Hub</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/main_window.py" line="124"/>
        <source>Sections</source>
        <translation>セクション</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/main_window.py" line="134"/>
        <location filename="../../advocate_hub/ui/main_window.py" line="136"/>
        <source>Manage the program</source>
        <translation>プログラムを管理</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/main_window.py" line="149"/>
        <source>Switch person</source>
        <translation>ユーザーを切り替え</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/main_window.py" line="151"/>
        <location filename="../../advocate_hub/ui/main_window.py" line="167"/>
        <source>About Advocate Hub</source>
        <translation>Advocate Hub について</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/main_window.py" line="152"/>
        <source>Version, data folder and log file (F1)</source>
        <translation>バージョン、データフォルダー、ログファイル (F1)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/main_window.py" line="162"/>
        <source>Sync now</source>
        <translation>今すぐ同期</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/main_window.py" line="233"/>
        <source>Signed in as %1
%2</source>
        <translation>サインイン中：%1
%2</translation>
    </message>
</context>
<context>
    <name>MediaForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="233"/>
        <source>Link to your video (a shared drive or an unlisted upload is fine)</source>
        <translation>動画へのリンク（共有ドライブや限定公開のアップロードでもかまいません）</translation>
    </message>
</context>
<context>
    <name>MetricsPage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="109"/>
        <source>Metrics</source>
        <translation>指標</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="134"/>
        <source>Computing the metrics</source>
        <translation>指標を計算しています</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="142"/>
        <source>Date range</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="144"/>
        <source>Last 30 days</source>
        <translation>過去30日間</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="145"/>
        <source>This quarter</source>
        <translation>今四半期</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="146"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="147"/>
        <source>Custom range</source>
        <translation>期間を指定</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="152"/>
        <source>First day of the range</source>
        <translation>期間の初日</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="153"/>
        <source>Last day of the range</source>
        <translation>期間の最終日</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="157"/>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="478"/>
        <source>Export PDF summary</source>
        <translation>PDF サマリーをエクスポート</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="187"/>
        <source>Asks completed</source>
        <translation>完了した依頼</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="188"/>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="244"/>
        <source>Content delivered</source>
        <translation>納品されたコンテンツ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="189"/>
        <source>Referrals (won)</source>
        <translation>紹介（成約）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="190"/>
        <source>Average won deal</source>
        <translation>成約1件あたりの平均額</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="191"/>
        <source>Redeemed a reward</source>
        <translation>特典を交換した割合</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="192"/>
        <source>Opt-out rate</source>
        <translation>退会率</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="193"/>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="284"/>
        <source>At risk of over-asking</source>
        <translation>依頼過多のおそれ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="213"/>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="356"/>
        <source>Asks completed per week</source>
        <translation>週ごとの完了した依頼</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="215"/>
        <source>Nothing completed yet</source>
        <translation>完了したものはまだありません</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="215"/>
        <source>No approved submissions in this range; try a longer one.</source>
        <translation>この期間に承認された提出はありません。期間を広げてみてください。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="228"/>
        <source>Tier distribution</source>
        <translation>ランク分布</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="230"/>
        <source>No active advocates</source>
        <translation>アクティブなアドボケイトはいません</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="230"/>
        <source>Invite advocates to see how they spread over the tiers.</source>
        <translation>アドボケイトを招待すると、ランクごとの分布が表示されます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="236"/>
        <source>Participation per kind</source>
        <translation>種類別の参加率</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="238"/>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="275"/>
        <source>No challenges ran</source>
        <translation>実施されたチャレンジはありません</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="238"/>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="275"/>
        <source>No challenge was open in this range.</source>
        <translation>この期間に公開されていたチャレンジはありません。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="241"/>
        <source>Content</source>
        <translation>コンテンツ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="241"/>
        <source>Delivered</source>
        <translation>納品数</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="241"/>
        <source>Advocates</source>
        <translation>アドボケイト</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="241"/>
        <source>Used</source>
        <translation>活用数</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="246"/>
        <source>No content yet</source>
        <translation>コンテンツはまだありません</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="246"/>
        <source>Approved reviews, testimonials and case studies appear here.</source>
        <translation>承認されたレビュー、体験談、導入事例がここに表示されます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="261"/>
        <source>Challenge</source>
        <translation>チャレンジ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="262"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="263"/>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="264"/>
        <source>Submissions</source>
        <translation>提出</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="265"/>
        <source>Approved</source>
        <translation>承認</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="266"/>
        <source>Declines</source>
        <translation>辞退</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="267"/>
        <source>Participation</source>
        <translation>参加率</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="273"/>
        <source>Participation per challenge</source>
        <translation>チャレンジ別の参加率</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="280"/>
        <source>Advocate</source>
        <translation>アドボケイト</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="280"/>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="280"/>
        <source>Tier</source>
        <translation>ランク</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="280"/>
        <source>Asks, 30 days</source>
        <translation>依頼数（30日間）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="280"/>
        <source>Last ask</source>
        <translation>最後の依頼</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="286"/>
        <source>Nobody is over-asked</source>
        <translation>依頼過多のアドボケイトはいません</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="286"/>
        <source>No active advocate is close to the limit of asks per 30 days.</source>
        <translation>30日あたりの依頼上限に近づいているアクティブなアドボケイトはいません。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="347"/>
        <source>%1 · %2 active advocates · engagement measured over the 30 days to %3</source>
        <translation>%1 · アクティブなアドボケイト %2人 · エンゲージメントは%3までの30日間で計測</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="356"/>
        <source>Asks completed per month</source>
        <translation>月ごとの完了した依頼</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="392"/>
        <source>Active advocates with at least %1 asks in the last 30 days (the limit is %2); at the limit, new asks are held back. %3 in all.</source>
        <translation>過去30日間に%1件以上の依頼を受けたアクティブなアドボケイト（上限は%2件）。上限に達すると、新しい依頼は保留されます。合計%3人。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="469"/>
        <source>Export %1</source>
        <translation>%1をエクスポート</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="488"/>
        <source>Could not write %1: %2</source>
        <translation>%1を書き込めませんでした：%2</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="494"/>
        <source>Saved %1</source>
        <translation>%1を保存しました</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="43"/>
        <source>Reviews</source>
        <translation>レビュー</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="44"/>
        <source>Written testimonials</source>
        <translation>体験談（テキスト）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="45"/>
        <source>Video testimonials</source>
        <translation>体験談（動画）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="46"/>
        <source>Case studies</source>
        <translation>導入事例</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="47"/>
        <source>Social shares</source>
        <translation>SNSシェア</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="61"/>
        <source>%1 min</source>
        <translation>%1分</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="63"/>
        <source>%1 h</source>
        <translation>%1時間</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="66"/>
        <source>%1 d</source>
        <translation>%1日</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="95"/>
        <source>Active advocates</source>
        <translation>アクティブなアドボケイト</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="97"/>
        <source>%1 opted out in this range</source>
        <translation>この期間に%1人が退会</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="100"/>
        <source>Advocates whose membership is active now (moderators and staff not counted).</source>
        <translation>現在メンバーシップが有効なアドボケイト（モデレーターとスタッフは含みません）。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="107"/>
        <source>Engaged, 30 days</source>
        <translation>参加者（30日間）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="109"/>
        <source>%1 of %2 took part</source>
        <translation>%2人中%1人が参加</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="112"/>
        <source>Active advocates with a submission in the 30 days before the end of the range (or today).</source>
        <translation>期間の終了日（または今日）までの30日間に提出したことがある、アクティブなアドボケイト。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="120"/>
        <source>Approval rate</source>
        <translation>承認率</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="122"/>
        <source>%1 approved, %2 rejected</source>
        <translation>承認 %1件、却下 %2件</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="125"/>
        <source>Approved / (approved + rejected), over moderators&apos; decisions in the range; auto-approvals left out.</source>
        <translation>承認 ÷（承認 + 却下）。期間内のモデレーターの判断が対象で、自動承認は含みません。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="133"/>
        <source>Median wait</source>
        <translation>待ち時間の中央値</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="135"/>
        <source>over %1 decisions</source>
        <translation>判断 %1件の集計</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="136"/>
        <source>Median time from submission to a moderator&apos;s decision, for decisions made in the range.</source>
        <translation>提出からモデレーターが判断するまでの時間の中央値（期間内に判断されたもの）。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="143"/>
        <source>Referral conversion</source>
        <translation>紹介の成約率</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="145"/>
        <source>%1 won of %2 decided</source>
        <translation>結果の出た%2件中%1件が成約</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="148"/>
        <source>Won / (won + lost), over referrals created in the range; open referrals do not count.</source>
        <translation>成約 ÷（成約 + 失注）。期間内に作成された紹介が対象で、進行中の紹介は含みません。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="155"/>
        <source>Advocate NPS</source>
        <translation>アドボケイト NPS</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="157"/>
        <source>%1 responses</source>
        <translation>回答 %1件</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="158"/>
        <source>% promoters (9-10) minus % detractors (0-6), each advocate&apos;s latest answer in the range.</source>
        <translation>推奨者（9〜10）の % から批判者（0〜6）の % を引いた値。各アドボケイトの期間内の最新の回答を使います。</translation>
    </message>
</context>
<context>
    <name>MetricsSummary</name>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="64"/>
        <source>Asks completed</source>
        <translation>完了した依頼</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="66"/>
        <source>Content delivered</source>
        <translation>納品されたコンテンツ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="69"/>
        <source>Referrals (won)</source>
        <translation>紹介（成約）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="70"/>
        <source>Average won deal</source>
        <translation>成約1件あたりの平均額</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="71"/>
        <source>Redeemed a reward</source>
        <translation>特典を交換した割合</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="72"/>
        <source>Opt-out rate</source>
        <translation>退会率</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="73"/>
        <source>At risk of over-asking</source>
        <translation>依頼過多のおそれ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="78"/>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="105"/>
        <source>Tier</source>
        <translation>ランク</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="79"/>
        <source>Advocates</source>
        <translation>アドボケイト</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="86"/>
        <source>Content</source>
        <translation>コンテンツ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="87"/>
        <source>Delivered</source>
        <translation>納品数</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="88"/>
        <source>Used</source>
        <translation>活用数</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="95"/>
        <source>Challenge</source>
        <translation>チャレンジ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="96"/>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="97"/>
        <source>Rate</source>
        <translation>参加率</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="104"/>
        <source>Advocate</source>
        <translation>アドボケイト</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="106"/>
        <source>Asks, 30 days</source>
        <translation>依頼数（30日間）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="118"/>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="157"/>
        <source>program summary</source>
        <translation>プログラムサマリー</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="119"/>
        <source>generated</source>
        <translation>作成日</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="120"/>
        <source>ASKS COMPLETED PER</source>
        <translation>完了した依頼 · 集計単位：</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="121"/>
        <source>MORE FIGURES</source>
        <translation>その他の数値</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="122"/>
        <source>TIERS</source>
        <translation>ランク</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="123"/>
        <source>CONTENT DELIVERED</source>
        <translation>納品されたコンテンツ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="124"/>
        <source>AT RISK OF OVER-ASKING</source>
        <translation>依頼過多のおそれ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="125"/>
        <source>TOP CHALLENGES BY PARTICIPATION</source>
        <translation>参加の多いチャレンジ</translation>
    </message>
</context>
<context>
    <name>ModerationModel</name>
    <message>
        <location filename="../../advocate_hub/ui/models/moderation_model.py" line="42"/>
        <source>just now</source>
        <translation>1時間未満</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/moderation_model.py" line="44"/>
        <source>%1 h</source>
        <translation>%1時間</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/moderation_model.py" line="45"/>
        <source>%1 d</source>
        <translation>%1日</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/moderation_model.py" line="123"/>
        <source>%1, %2, waiting %3</source>
        <translation>%1、%2、待ち時間 %3</translation>
    </message>
</context>
<context>
    <name>ModerationPage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="93"/>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="94"/>
        <source>Moderation</source>
        <translation>モデレーション</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="102"/>
        <source>Templates…</source>
        <translation>テンプレート…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="103"/>
        <source>Edit message templates</source>
        <translation>メッセージテンプレートを編集</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="117"/>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="408"/>
        <source>All caught up</source>
        <translation>すべて対応済みです</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="118"/>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="409"/>
        <source>Nothing is waiting for a decision. New submissions appear here as advocates send them.</source>
        <translation>判断待ちのものはありません。アドボケイトが提出すると、ここに表示されます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="120"/>
        <source>Show every submission</source>
        <translation>すべての提出を表示</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="189"/>
        <source>Filter by kind</source>
        <translation>種類で絞り込む</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="190"/>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="194"/>
        <source>Filter by challenge</source>
        <translation>チャレンジで絞り込む</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="195"/>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="349"/>
        <source>All challenges</source>
        <translation>すべてのチャレンジ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="199"/>
        <source>Search advocates by name or email</source>
        <translation>名前またはメールアドレスでアドボケイトを検索</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="200"/>
        <source>Advocate name or email</source>
        <translation>アドボケイトの名前またはメールアドレス</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="205"/>
        <source>Clear search</source>
        <translation>検索をクリア</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="205"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="206"/>
        <source>Filter by waiting time</source>
        <translation>待ち時間で絞り込む</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="218"/>
        <source>Any wait</source>
        <translation>待ち時間を問わない</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="220"/>
        <source>Waiting %1 h or more</source>
        <translation>%1時間以上待ち</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="222"/>
        <source>Waiting a day or more</source>
        <translation>1日以上待ち</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="224"/>
        <source>Waiting a week or more</source>
        <translation>1週間以上待ち</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="225"/>
        <source>Waiting %1 days or more</source>
        <translation>%1日以上待ち</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="235"/>
        <source>Pending submissions</source>
        <translation>承認待ちの提出</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="236"/>
        <source>J / K: next / previous · A approve · R reject · C ask for changes</source>
        <translation>J / K：次へ / 前へ · A 承認 · R 却下 · C 修正を依頼</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="247"/>
        <source>Approve selected (0)</source>
        <translation>選択した提出を承認 (0)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="249"/>
        <source>Approve every selected submission with the note as thank-you (Shift+A)</source>
        <translation>選択したすべての提出を、メモをお礼として添えて承認 (Shift+A)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="336"/>
        <source>1 waiting</source>
        <translation>1件待ち</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="336"/>
        <source>%1 waiting</source>
        <translation>%1件待ち</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="339"/>
        <source>%1 · median wait %2</source>
        <translation>%1 · 待ち時間の中央値 %2</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="344"/>
        <source>under 1 h</source>
        <translation>1時間未満</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="345"/>
        <source>%1 h</source>
        <translation>%1時間</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="352"/>
        <source>Chosen challenge (0)</source>
        <translation>選択したチャレンジ (0)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="395"/>
        <source>Approve selected (%1)</source>
        <translation>選択した提出を承認 (%1)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="403"/>
        <source>Nothing matches these filters</source>
        <translation>条件に合うものはありません</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="404"/>
        <source>Other submissions are still waiting: show every submission to see them.</source>
        <translation>ほかにも判断待ちの提出があります。すべての提出を表示して確認してください。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="444"/>
        <source>why it is rejected</source>
        <translation>却下の理由</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="444"/>
        <source>what should change</source>
        <translation>修正してほしい点</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="446"/>
        <source>Write %1 first: the advocate will read it. Then press Ctrl+Enter.</source>
        <translation>先に%1を入力してください。アドボケイトが読む内容です。入力後、Ctrl+Enter を押してください。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="451"/>
        <source>Approved %1&apos;s submission</source>
        <translation>%1さんの提出を承認しました</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="452"/>
        <source>Rejected %1&apos;s submission</source>
        <translation>%1さんの提出を却下しました</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="453"/>
        <source>Asked %1 for changes</source>
        <translation>%1さんに修正を依頼しました</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="478"/>
        <source>Write the message first, then save it as a template.</source>
        <translation>先にメッセージを入力してから、テンプレートとして保存してください。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="484"/>
        <source>Saved as a template</source>
        <translation>テンプレートとして保存しました</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="498"/>
        <source>Approved %1 submissions</source>
        <translation>%1件の提出を承認しました</translation>
    </message>
</context>
<context>
    <name>ModeratorConfirmsForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="345"/>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="351"/>
        <source>When suits you? (optional)</source>
        <translation>ご都合のよい日時は？（任意）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="346"/>
        <source>Days and times that work for you, or anything we should know</source>
        <translation>ご都合のよい曜日や時間帯、そのほか事前に伝えておきたいこと</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="350"/>
        <source>The team gets in touch to set it up, and confirms once it has happened.</source>
        <translation>運営チームから日程調整のご連絡をし、実施後に完了を確認します。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="355"/>
        <source>Count me in</source>
        <translation>参加します</translation>
    </message>
</context>
<context>
    <name>NoProofForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="202"/>
        <source>Nothing to send: mark it as done when you have.</source>
        <translation>送信するものはありません。実施したら完了にしてください。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="205"/>
        <source>Mark as done</source>
        <translation>完了にする</translation>
    </message>
</context>
<context>
    <name>NominateDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="390"/>
        <source>Nominate someone</source>
        <translation>推薦する</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="393"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="393"/>
        <source>Their full name</source>
        <translation>フルネーム</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="394"/>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="395"/>
        <source>Company</source>
        <translation>会社名</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="395"/>
        <source>Optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="406"/>
        <source>They join as nominated; invite them when you are ready.</source>
        <translation>推薦済みとして登録されます。準備ができたら招待してください。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="408"/>
        <source>Nominate</source>
        <translation>推薦</translation>
    </message>
</context>
<context>
    <name>PeriodChart</name>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="256"/>
        <source>Asks completed per period</source>
        <translation>期間ごとの完了した依頼</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="258"/>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="264"/>
        <source>Asks completed</source>
        <translation>完了した依頼</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="259"/>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="265"/>
        <source>Other activities</source>
        <translation>その他の活動</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="37"/>
        <source>Leave kiosk mode</source>
        <translation>キオスクモードを終了</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="42"/>
        <source>Staff only: enter the kiosk PIN</source>
        <translation>スタッフ専用：キオスクの PIN を入力してください</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="43"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="49"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="51"/>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="79"/>
        <source>Wrong PIN. 1 try left before a lock.</source>
        <translation>PIN が違います。あと1回間違えるとロックされます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="81"/>
        <source>Wrong PIN. %1 tries left before a lock.</source>
        <translation>PIN が違います。あと%1回間違えるとロックされます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="99"/>
        <source>Too many wrong tries. Locked for %1.</source>
        <translation>間違いが多すぎるため、ロックされました（残り %1）。</translation>
    </message>
</context>
<context>
    <name>PreviewCard</name>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="133"/>
        <source>Open</source>
        <translation>受付中</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="135"/>
        <source>Expired</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="137"/>
        <source>Locked</source>
        <translation>ロック中</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="142"/>
        <source>Coming soon: opens %1 UTC.</source>
        <translation>近日公開：%1 (UTC) に開始。</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="84"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="85"/>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="86"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="87"/>
        <source>Company</source>
        <translation>会社名</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="88"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="89"/>
        <source>Groups</source>
        <translation>グループ</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="187"/>
        <source>Profile</source>
        <translation>プロフィール</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="202"/>
        <source>About you</source>
        <translation>あなたについて</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="206"/>
        <location filename="../../advocate_hub/ui/views/profile.py" line="217"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="207"/>
        <location filename="../../advocate_hub/ui/views/profile.py" line="218"/>
        <source>Company</source>
        <translation>会社名</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="210"/>
        <location filename="../../advocate_hub/ui/views/profile.py" line="219"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="236"/>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="237"/>
        <source>Publish my name</source>
        <translation>名前の公開を許可</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="238"/>
        <source>The team may contact me</source>
        <translation>運営チームからの連絡を許可</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="243"/>
        <source>Your name may appear on leaderboards and with the quotes, stories and case studies you give. Off: leaderboards show you as a numbered advocate.</source>
        <translation>ランキングや、あなたが提供したコメント・ストーリー・導入事例に名前が表示されることがあります。オフにすると、ランキングでは番号付きのアドボケイトとして表示されます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="247"/>
        <source>By email or phone, about challenges, references and events.</source>
        <translation>チャレンジ、リファレンス、イベントについて、メールまたは電話でご連絡します。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="257"/>
        <source>Asks you would rather not get</source>
        <translation>受け取りたくない依頼</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="260"/>
        <source>Tick what you never want to be asked for. Everything else stays open to you.</source>
        <translation>今後依頼してほしくないものにチェックを入れてください。それ以外はこれまでどおり受け取れます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="271"/>
        <source>Save changes</source>
        <translation>変更を保存</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="279"/>
        <source>Invite a colleague</source>
        <translation>同僚を招待</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="281"/>
        <source>Share your code or link. You earn points as your referral moves along.</source>
        <translation>コードまたはリンクを共有しましょう。紹介が進むごとにポイントを獲得できます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="285"/>
        <source>Referral code</source>
        <translation>紹介コード</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="291"/>
        <source>Copy link</source>
        <translation>リンクをコピー</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="299"/>
        <source>QR code of your referral link</source>
        <translation>紹介リンクの QR コード</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="304"/>
        <source>Scan to open your link on a phone.</source>
        <translation>スキャンするとスマートフォンでリンクを開けます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="314"/>
        <source>Membership</source>
        <translation>メンバーシップ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="317"/>
        <source>Leave the program</source>
        <translation>プログラムを退会</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="319"/>
        <source>Rejoin the program</source>
        <translation>プログラムに再参加</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="332"/>
        <source>App language</source>
        <translation>アプリの言語</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="335"/>
        <source>App language on this computer</source>
        <translation>このコンピューターでのアプリの言語</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="336"/>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="341"/>
        <source>Screens on this computer</source>
        <translation>このコンピューターでの画面表示</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="353"/>
        <source>Saved. The app uses %1 the next time it opens.</source>
        <translation>保存しました。次回の起動時から%1で表示されます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="394"/>
        <source>You have left the program: no challenges reach you and you are on no leaderboard. Your points are kept. Rejoin whenever you like.</source>
        <translation>プログラムを退会済みです。チャレンジは届かず、どのランキングにも表示されません。ポイントはそのまま残っています。いつでも再参加できます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="398"/>
        <source>You are a member. You can leave at any time, no questions asked; your points are kept.</source>
        <translation>メンバーとして参加中です。理由を問われることなく、いつでも退会できます。ポイントはそのまま残ります。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="418"/>
        <source>Signed in with %1</source>
        <translation>%1でサインイン中</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="437"/>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="449"/>
        <source>Saved. Your choices apply from now on.</source>
        <translation>保存しました。今後はこの設定が適用されます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="488"/>
        <source>Link copied</source>
        <translation>リンクをコピーしました</translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <location filename="../../advocate_hub/ui/picker.py" line="26"/>
        <source>Who are you?</source>
        <translation>どなたですか？</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/picker.py" line="31"/>
        <source>Choose your profile</source>
        <translation>プロフィールを選択</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/picker.py" line="32"/>
        <source>Working offline on this computer&apos;s program.</source>
        <translation>このコンピューター上のプログラムをオフラインで使用しています。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/picker.py" line="35"/>
        <source>Search by email</source>
        <translation>メールアドレスで検索</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/picker.py" line="36"/>
        <source>Search people</source>
        <translation>ユーザーを検索</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/picker.py" line="41"/>
        <source>People</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/picker.py" line="48"/>
        <source>Open as the selected person</source>
        <translation>選択したユーザーとして開く</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/picker.py" line="52"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>ProofForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="111"/>
        <source>Submit</source>
        <translation>送信</translation>
    </message>
</context>
<context>
    <name>ProofView</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="61"/>
        <source>Open link</source>
        <translation>リンクを開く</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="61"/>
        <source>Open the proof link</source>
        <translation>エビデンスのリンクを開く</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="63"/>
        <source>Open the link in your browser</source>
        <translation>ブラウザーでリンクを開きます</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="99"/>
        <source>Opens in your browser</source>
        <translation>ブラウザーで開きます</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="119"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="120"/>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="121"/>
        <source>Company</source>
        <translation>会社名</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="121"/>
        <source>Not given</source>
        <translation>未記入</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="128"/>
        <source>They agreed to be contacted.</source>
        <translation>連絡することに同意済みです。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="130"/>
        <source>Event code: %1</source>
        <translation>イベントコード：%1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="134"/>
        <source>Nothing to check in the app: confirm with the team that it happened.</source>
        <translation>アプリで確認するものはありません。実施されたかどうかを運営チームに確認してください。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="140"/>
        <source>This challenge needs no proof.</source>
        <translation>このチャレンジにエビデンスは不要です。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="29"/>
        <source>1 day</source>
        <translation>1日</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="29"/>
        <source>%1 days</source>
        <translation>%1日</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="31"/>
        <source>1 hour</source>
        <translation>1時間</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="31"/>
        <source>%1 hours</source>
        <translation>%1時間</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="32"/>
        <source>just now</source>
        <translation>1時間未満</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="37"/>
        <source>Status</source>
        <comment>reward category</comment>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="38"/>
        <source>Access</source>
        <translation>アクセス</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="39"/>
        <source>Power</source>
        <translation>影響力</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="40"/>
        <source>Stuff</source>
        <translation>グッズ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/leaderboard_model.py" line="103"/>
        <source>Rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/leaderboard_model.py" line="104"/>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="87"/>
        <source>Tier</source>
        <translation>ランク</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/leaderboard_model.py" line="105"/>
        <source>Advocate</source>
        <translation>アドボケイト</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/leaderboard_model.py" line="106"/>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="89"/>
        <source>Points</source>
        <translation>ポイント</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/leaderboard_model.py" line="124"/>
        <source>%1, you</source>
        <translation>%1（あなた）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/leaderboard_model.py" line="126"/>
        <source>%1 tier</source>
        <translation>%1ランク</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/leaderboard_model.py" line="149"/>
        <source>Advocate #%1</source>
        <translation>アドボケイト #%1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="50"/>
        <source>Nominated</source>
        <translation>推薦済み</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="51"/>
        <source>Invited</source>
        <translation>招待済み</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="52"/>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="53"/>
        <source>Opted out</source>
        <translation>退会済み</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="54"/>
        <source>Alumni</source>
        <translation>卒業</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="55"/>
        <source>Deactivated</source>
        <translation>無効</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="62"/>
        <source>%1 is now nominated.</source>
        <translation>%1さんは推薦済みになりました。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="63"/>
        <source>%1 is now invited.</source>
        <translation>%1さんは招待済みになりました。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="64"/>
        <source>%1 is now active.</source>
        <translation>%1さんはアクティブになりました。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="65"/>
        <source>%1 has now opted out.</source>
        <translation>%1さんは退会しました。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="66"/>
        <source>%1 is now an alumnus.</source>
        <translation>%1さんは卒業しました。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="67"/>
        <source>%1 is now deactivated.</source>
        <translation>%1さんは無効になりました。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="74"/>
        <source>Never</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="77"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="79"/>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="80"/>
        <source>%1 days ago</source>
        <translation>%1日前</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="85"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="86"/>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="88"/>
        <source>Status</source>
        <comment>roster column</comment>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="90"/>
        <source>Last active</source>
        <translation>最終活動日</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="91"/>
        <source>Asks 30d</source>
        <translation>依頼数（30日）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="151"/>
        <source>At the asking limit of %1 in 30 days</source>
        <translation>30日間の依頼上限（%1件）に達しています</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <location filename="../../advocate_hub/ui/app.py" line="108"/>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/app.py" line="109"/>
        <location filename="../../advocate_hub/ui/workspace.py" line="31"/>
        <source>Challenges</source>
        <translation>チャレンジ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/app.py" line="112"/>
        <source>Leaderboard</source>
        <translation>ランキング</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/app.py" line="114"/>
        <source>Badges</source>
        <translation>バッジ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/app.py" line="115"/>
        <source>Rewards</source>
        <translation>特典</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/app.py" line="116"/>
        <source>Profile</source>
        <translation>プロフィール</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/app.py" line="120"/>
        <source>Compare tiers</source>
        <translation>ランク比較</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/app.py" line="260"/>
        <source>Cannot open the program</source>
        <translation>プログラムを開けません</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/app.py" line="263"/>
        <source>Data folder: %1
To check it, run:
  advocate-hub doctor --data-dir %1</source>
        <translation>データフォルダー：%1
確認するには、次のコマンドを実行してください：
  advocate-hub doctor --data-dir %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="37"/>
        <source>Reset the demo?</source>
        <translation>デモをリセットしますか？</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="38"/>
        <source>Everything done in this demo since it was seeded will be lost, and the demo starts afresh.</source>
        <translation>このデモを作成してから行った操作はすべて失われ、デモは最初からやり直しになります。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="43"/>
        <source>Reset demo</source>
        <translation>デモをリセット</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/board_delegate.py" line="109"/>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="73"/>
        <source>Scheduled</source>
        <translation>公開予定</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="74"/>
        <source>Live</source>
        <translation>公開中</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="75"/>
        <source>Expired</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="76"/>
        <source>Archived</source>
        <translation>アーカイブ済み</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="51"/>
        <source>Nothing to send</source>
        <translation>提出物なし</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="52"/>
        <source>A link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="53"/>
        <source>Written text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="54"/>
        <source>Survey answers</source>
        <translation>アンケートの回答</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="55"/>
        <source>Quiz answers (checked automatically)</source>
        <translation>クイズの回答（自動採点）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="56"/>
        <source>An event code</source>
        <translation>イベントコード</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="57"/>
        <source>A referral</source>
        <translation>紹介</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="58"/>
        <source>A video or file link</source>
        <translation>動画またはファイルへのリンク</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="59"/>
        <source>A moderator confirms</source>
        <translation>モデレーターが確認</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="22"/>
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="24"/>
        <source>yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="26"/>
        <source>%1 days ago</source>
        <translation>%1日前</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="69"/>
        <source>%1 columns</source>
        <translation>%1の列</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="129"/>
        <source>No review requests</source>
        <translation>レビューの依頼は不要</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="130"/>
        <source>No social shares</source>
        <translation>SNSシェアは不要</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="131"/>
        <source>No surveys or polls</source>
        <translation>アンケート・投票は不要</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="132"/>
        <source>No written testimonials</source>
        <translation>体験談（テキスト）は不要</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="133"/>
        <source>No reference calls</source>
        <translation>リファレンスコールは不要</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="134"/>
        <source>No referral requests</source>
        <translation>紹介の依頼は不要</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="135"/>
        <source>No video testimonials</source>
        <translation>体験談（動画）は不要</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="136"/>
        <source>No product feedback or beta tests</source>
        <translation>製品フィードバック・ベータテストは不要</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="137"/>
        <source>No community answers</source>
        <translation>コミュニティでの回答は不要</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="138"/>
        <source>No case studies</source>
        <translation>導入事例は不要</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="139"/>
        <source>No speaking invitations</source>
        <translation>登壇のお誘いは不要</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="140"/>
        <source>No advisory board invitations</source>
        <translation>アドバイザリーボードへのお誘いは不要</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="142"/>
        <source>No challenges of this kind: %1</source>
        <translation>%1のチャレンジは不要</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="73"/>
        <source>&amp;Submitted</source>
        <translation>受付(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="74"/>
        <source>&amp;Contacted</source>
        <translation>連絡済み(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="75"/>
        <source>&amp;Qualified</source>
        <translation>有望(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="76"/>
        <source>&amp;Won</source>
        <translation>成約(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="77"/>
        <source>&amp;Lost</source>
        <translation>失注(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="133"/>
        <source>%1 referrals</source>
        <translation>%1の紹介</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_cards.py" line="36"/>
        <source>Referred by %1</source>
        <translation>紹介者：%1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_cards.py" line="38"/>
        <source>Deal: %1</source>
        <translation>商談額：%1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="79"/>
        <source>%1 points</source>
        <translation>%1ポイント</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="31"/>
        <source>Thank-you notes</source>
        <translation>お礼メッセージ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="32"/>
        <source>Rejection reasons</source>
        <translation>却下理由</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="33"/>
        <source>Change requests</source>
        <translation>修正依頼</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/workspace.py" line="30"/>
        <source>Moderation</source>
        <translation>モデレーション</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/workspace.py" line="32"/>
        <source>Calendar</source>
        <translation>カレンダー</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/workspace.py" line="33"/>
        <source>Advocates</source>
        <translation>アドボケイト</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/workspace.py" line="34"/>
        <source>Rewards desk</source>
        <translation>特典デスク</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/workspace.py" line="35"/>
        <source>Referrals</source>
        <translation>紹介</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/workspace.py" line="36"/>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/workspace.py" line="37"/>
        <source>Metrics</source>
        <translation>指標</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="125"/>
        <source>Requested</source>
        <translation>申請日</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="125"/>
        <source>Advocate</source>
        <translation>アドボケイト</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="125"/>
        <source>Reward</source>
        <translation>特典</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="125"/>
        <source>Points</source>
        <translation>ポイント</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="125"/>
        <source>Waiting</source>
        <translation>待ち時間</translation>
    </message>
</context>
<context>
    <name>QuizForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="422"/>
        <source>Check my answers</source>
        <translation>答え合わせ</translation>
    </message>
</context>
<context>
    <name>RedeemDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="88"/>
        <source>Redeem a reward</source>
        <translation>特典と交換</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="93"/>
        <source>Redeem %1?</source>
        <translation>ポイントを%1と交換しますか？</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="98"/>
        <source>A moderator confirms your request. If it is cancelled, your points come back.</source>
        <translation>リクエストはモデレーターが確認します。キャンセルになった場合、ポイントは返還されます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="106"/>
        <source>Redeem for %1</source>
        <translation>%1で交換</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="108"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="118"/>
        <source>You have %1 points; after this you will have %2.</source>
        <translation>現在%1ポイントあります。交換後は%2ポイントになります。</translation>
    </message>
</context>
<context>
    <name>RedemptionsModel</name>
    <message>
        <location filename="../../advocate_hub/ui/models/rewards_model.py" line="50"/>
        <location filename="../../advocate_hub/ui/models/rewards_model.py" line="70"/>
        <source>Requested</source>
        <translation>申請済み</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/rewards_model.py" line="51"/>
        <source>Fulfilled</source>
        <translation>手配済み</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/rewards_model.py" line="52"/>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/rewards_model.py" line="70"/>
        <source>Reward</source>
        <translation>特典</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/rewards_model.py" line="70"/>
        <source>Points</source>
        <translation>ポイント</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/rewards_model.py" line="70"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/rewards_model.py" line="70"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>ReferralBoardPage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="252"/>
        <source>Referrals</source>
        <translation>紹介</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="254"/>
        <source>Value of won deals</source>
        <translation>成約した商談の金額</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="255"/>
        <source>Won so far</source>
        <translation>これまでの成約額</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="262"/>
        <source>Drag a card to its next stage, or select it and press Ctrl+M (or Ctrl+Shift and the stage&apos;s first letter). Won deals ask for their value.</source>
        <translation>カードを次のステージにドラッグするか、選択して Ctrl+M（または Ctrl+Shift とステージの英字キー）を押します。成約した商談では金額の入力を求められます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="271"/>
        <source>Move to…</source>
        <translation>移動先…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="273"/>
        <source>Move the selected referral (Ctrl+M)</source>
        <translation>選択した紹介を移動 (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="327"/>
        <source>%1 in won deals</source>
        <translation>成約額 %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="410"/>
        <source>%1 moved to %2.</source>
        <translation>%1さんを「%2」に移動しました。</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="303"/>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="304"/>
        <source>Their name</source>
        <translation>お名前</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="305"/>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="306"/>
        <source>Their email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="307"/>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="308"/>
        <source>Their company (optional)</source>
        <translation>会社名（任意）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="309"/>
        <source>They agreed to be contacted</source>
        <translation>ご本人から連絡の同意を得ています</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="321"/>
        <source>Send referral</source>
        <translation>紹介を送信</translation>
    </message>
</context>
<context>
    <name>RequestPanel</name>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="50"/>
        <source>Selected request</source>
        <translation>選択した申請</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="58"/>
        <source>Note to the advocate</source>
        <translation>アドボケイトへのメモ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="61"/>
        <source>Note to the advocate, or why the request is cancelled</source>
        <translation>アドボケイトへのメモ、またはキャンセルの理由</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="62"/>
        <source>Optional when fulfilling; required when cancelling.</source>
        <translation>手配する場合は任意、キャンセルする場合は必須です。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="71"/>
        <source>Fulfil</source>
        <translation>手配</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="73"/>
        <source>Mark as fulfilled (Ctrl+Enter)</source>
        <translation>手配済みにする (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="74"/>
        <source>Cancel with refund</source>
        <translation>キャンセルして返還</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="75"/>
        <source>Cancel the request and give the points back</source>
        <translation>申請をキャンセルし、ポイントを返還します</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="90"/>
        <source>Nothing selected</source>
        <translation>選択されていません</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="92"/>
        <source>Pick a request in the queue to fulfil or cancel it.</source>
        <translation>キューから申請を選ぶと、手配またはキャンセルできます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="98"/>
        <source>%1 for %2 points</source>
        <translation>%1（%2ポイント）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="102"/>
        <source>Requested %1, waiting %2</source>
        <translation>%1に申請 · 待ち時間 %2</translation>
    </message>
</context>
<context>
    <name>ReverseEntryDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="460"/>
        <source>Reverse %1 points?</source>
        <translation>%1ポイントを取り消しますか？</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="463"/>
        <source>For example: granted twice by mistake</source>
        <translation>例：誤って2回付与した</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="464"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="465"/>
        <source>Reverse</source>
        <translation>取り消す</translation>
    </message>
</context>
<context>
    <name>RewardCard</name>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="156"/>
        <source>Redeem</source>
        <translation>交換する</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="185"/>
        <source>%1 tier</source>
        <translation>%1ランク</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="187"/>
        <source>For %1 tier and above</source>
        <translation>%1ランク以上が対象</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="190"/>
        <source>Unlimited</source>
        <translation>無制限</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="192"/>
        <source>Out of stock</source>
        <translation>在庫切れ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocate_hub/ui/views/rewards.py" line="194"/>
        <source>%n left</source>
        <translation>
            <numerusform>残り%n点</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="202"/>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="203"/>
        <source>Redeem %1</source>
        <translation>%1と交換</translation>
    </message>
</context>
<context>
    <name>RewardForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="48"/>
        <source>e.g. 500</source>
        <translation>例：500</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="50"/>
        <source>Unlimited</source>
        <translation>無制限</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="51"/>
        <source>Units left; leave empty for an unlimited reward</source>
        <translation>残りの数量。無制限の特典は空欄のままにします</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="61"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="62"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="63"/>
        <source>Incentive</source>
        <translation>インセンティブ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="64"/>
        <source>Unlocks at tier</source>
        <translation>解放されるランク</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="65"/>
        <source>Cost in points</source>
        <translation>必要ポイント</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="66"/>
        <source>Stock</source>
        <translation>在庫</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="94"/>
        <source>Save reward</source>
        <translation>特典を保存</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="96"/>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="123"/>
        <source>Retire</source>
        <translation>提供を終了</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="112"/>
        <source>Edit reward</source>
        <translation>特典を編集</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="112"/>
        <source>New reward</source>
        <translation>新しい特典</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="123"/>
        <source>Offer again</source>
        <translation>提供を再開</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="129"/>
        <source>The cost must be a whole number of points.</source>
        <translation>必要ポイントは整数で入力してください。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="134"/>
        <source>Stock must be a whole number, or empty for unlimited.</source>
        <translation>在庫は整数で入力するか、無制限の場合は空欄にしてください。</translation>
    </message>
</context>
<context>
    <name>RewardsPage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="276"/>
        <source>Rewards</source>
        <translation>特典</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="278"/>
        <source>Points to spend</source>
        <translation>使えるポイント</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="279"/>
        <source>You have</source>
        <translation>残高</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="283"/>
        <source>Spend your points on recognition, access, influence or things to keep.</source>
        <translation>ポイントを、表彰、特別なアクセス、影響力、記念品と交換しましょう。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="313"/>
        <source>No rewards yet</source>
        <translation>特典はまだありません</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="314"/>
        <source>The program has not put any rewards up yet. Keep earning: your points wait for you.</source>
        <translation>プログラムにはまだ特典が登録されていません。ポイントはそのまま貯まるので、引き続き集めましょう。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="319"/>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="323"/>
        <source>My redemptions</source>
        <translation>交換履歴</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="335"/>
        <source>Redemption columns</source>
        <translation>交換履歴の列</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="343"/>
        <source>Nothing redeemed yet. Your requests and where they stand appear here.</source>
        <translation>まだ交換したものはありません。リクエストとその状況がここに表示されます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="357"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="358"/>
        <source>Access</source>
        <translation>アクセス</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="359"/>
        <source>Power</source>
        <translation>影響力</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="360"/>
        <source>Stuff</source>
        <translation>グッズ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="365"/>
        <source>Public recognition: a spotlight, a stage, your name in front of peers.</source>
        <translation>表舞台での評価：スポットライト、登壇の場、仲間の前で名前が紹介される機会。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="366"/>
        <source>Be first and backstage: new features, events, the people behind them.</source>
        <translation>誰よりも早く、舞台裏まで：新機能、イベント、そしてそれを支える人たち。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="367"/>
        <source>Shape what comes next: the roadmap, our blog, an advisory seat.</source>
        <translation>これからを形づくる：ロードマップ、公式ブログ、アドバイザリーボードの席。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="368"/>
        <source>Things to keep: swag and gift cards.</source>
        <translation>手元に残るもの：ノベルティやギフトカード。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="439"/>
        <source>Requested. A moderator will confirm it soon.</source>
        <translation>申請しました。まもなくモデレーターが確認します。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="447"/>
        <source>Something went wrong.</source>
        <translation>問題が発生しました。</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="111"/>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="115"/>
        <source>Set up this kiosk</source>
        <translation>このキオスクを設定</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="116"/>
        <source>Event name, as visitors know it</source>
        <translation>イベント名（来場者に伝わる名前）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="118"/>
        <source>Event code (of its check-in challenge)</source>
        <translation>イベントコード（チェックイン用チャレンジのもの）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="120"/>
        <source>Exit PIN (4 to 12 digits)</source>
        <translation>終了用 PIN（4〜12桁）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="121"/>
        <source>The PIN again</source>
        <translation>PIN をもう一度入力</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="127"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="129"/>
        <source>Start the kiosk</source>
        <translation>キオスクを開始</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="139"/>
        <source>The two PINs differ.</source>
        <translation>2つの PIN が一致しません。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="113"/>
        <location filename="../../advocate_hub/ui/signin.py" line="128"/>
        <location filename="../../advocate_hub/ui/signin.py" line="173"/>
        <location filename="../../advocate_hub/ui/signin.py" line="264"/>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="114"/>
        <source>Sign in to Advocate Hub</source>
        <translation>Advocate Hub にサインイン</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="130"/>
        <source>Your program isn&apos;t on this computer yet: sign in to fetch it from your program&apos;s server.</source>
        <translation>このコンピューターにはまだプログラムがありません。サインインして、プログラムのサーバーから取得してください。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="132"/>
        <source>Sync your points and challenges with your program&apos;s server, or keep working offline.</source>
        <translation>ポイントやチャレンジをプログラムのサーバーと同期するか、オフラインで作業を続けてください。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="139"/>
        <source>Server address</source>
        <translation>サーバーのアドレス</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="141"/>
        <location filename="../../advocate_hub/ui/signin.py" line="147"/>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="143"/>
        <location filename="../../advocate_hub/ui/signin.py" line="148"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="146"/>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="156"/>
        <source>Sign-in message</source>
        <translation>サインインに関するメッセージ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="161"/>
        <source>Signing in</source>
        <translation>サインイン中</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="170"/>
        <source>Work offline</source>
        <translation>オフラインで作業</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="170"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="210"/>
        <source>Fill in the server address, your email and your password.</source>
        <translation>サーバーのアドレス、メールアドレス、パスワードを入力してください。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="215"/>
        <source>Signing in to %1…</source>
        <translation>%1にサインインしています…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="235"/>
        <source>You&apos;re signed in for this session only: this computer has no password store (keyring), so you&apos;ll be asked again next time.</source>
        <translation>今回のセッションのみサインインしています。このコンピューターにはパスワードの保存先（キーリング）がないため、次回もう一度入力が必要です。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="243"/>
        <location filename="../../advocate_hub/ui/signin.py" line="244"/>
        <source>Continue</source>
        <translation>続ける</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="264"/>
        <source>Signing in…</source>
        <translation>サインインしています…</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="159"/>
        <source>Welcome! Who are you?</source>
        <translation>ようこそ！お名前を教えてください</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="160"/>
        <source>Type your email or member code, or scan your code.</source>
        <translation>メールアドレスか会員コードを入力するか、コードをスキャンしてください。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="161"/>
        <source>Email or member code</source>
        <translation>メールアドレスまたは会員コード</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="167"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="169"/>
        <source>New here? Join</source>
        <translation>はじめての方は参加</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="171"/>
        <source>Continue</source>
        <translation>続ける</translation>
    </message>
</context>
<context>
    <name>StageList</name>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="209"/>
        <source>No referrals here</source>
        <translation>このステージに紹介はありません</translation>
    </message>
</context>
<context>
    <name>SubmissionDetail</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="206"/>
        <source>PROOF</source>
        <translation>エビデンス</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="214"/>
        <source>NOTE TO THE ADVOCATE</source>
        <translation>アドボケイトへのメモ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="217"/>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="218"/>
        <source>Insert a saved message</source>
        <translation>保存済みのメッセージを挿入</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="225"/>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="226"/>
        <source>Save the note as a template</source>
        <translation>メモをテンプレートとして保存</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="232"/>
        <source>Save as a thank-you note</source>
        <translation>お礼メッセージとして保存</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="233"/>
        <source>Save as a reason to reject</source>
        <translation>却下理由として保存</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="234"/>
        <source>Save as a change request</source>
        <translation>修正依頼として保存</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="244"/>
        <source>Note to the advocate</source>
        <translation>アドボケイトへのメモ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="246"/>
        <source>A thank-you, or the reason for a rejection or a change request. Ctrl+Enter sends it.</source>
        <translation>お礼、または却下・修正依頼の理由を入力します。Ctrl+Enter で送信します。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="258"/>
        <source>&amp;Approve</source>
        <translation>承認(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="260"/>
        <source>Approve with the note as thank-you (A)</source>
        <translation>メモをお礼として添えて承認 (A)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="261"/>
        <source>Request &amp;changes</source>
        <translation>修正を依頼(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="263"/>
        <source>Send it back with the note saying what to change (C)</source>
        <translation>変更してほしい点をメモに書いて差し戻す (C)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="264"/>
        <source>&amp;Reject</source>
        <translation>却下(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="266"/>
        <source>Reject with the note as the reason (R)</source>
        <translation>メモを理由として添えて却下 (R)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="280"/>
        <source>In the list: J / K move · A approve · R reject · C request changes. Ctrl+Enter in the note sends.</source>
        <translation>一覧で：J / K 移動 · A 承認 · R 却下 · C 修正を依頼。メモ入力中は Ctrl+Enter で送信。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="297"/>
        <source>This is your own submission: another moderator decides it.</source>
        <translation>これはあなた自身の提出です。判断は別のモデレーターが行います。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="319"/>
        <source>%1 · sent %2 · waiting %3</source>
        <translation>%1 · 送信日時 %2 · 待ち時間 %3</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="330"/>
        <source>The advocate confirmed they disclose the reward.</source>
        <translation>アドボケイトは、特典を受け取ったことを明記すると確認済みです。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="345"/>
        <source>Insert a saved message…</source>
        <translation>保存済みのメッセージを挿入…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="348"/>
        <source>Thank-you notes</source>
        <translation>お礼メッセージ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="349"/>
        <source>Reasons to reject</source>
        <translation>却下理由</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="350"/>
        <source>Change requests</source>
        <translation>修正依頼</translation>
    </message>
</context>
<context>
    <name>SurveyForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="457"/>
        <source>Answer to question %1</source>
        <translation>質問%1への回答</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="475"/>
        <source>Question %1: score %2 of 10</source>
        <translation>質問%1：スコア %2 / 10</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="486"/>
        <source>Not at all likely</source>
        <translation>まったく思わない</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="488"/>
        <source>Extremely likely</source>
        <translation>非常にそう思う</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="494"/>
        <source>Send answers</source>
        <translation>回答を送信</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="266"/>
        <source>Demo program, never synced</source>
        <translation>デモプログラム（同期なし）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="266"/>
        <source>Offline, local program</source>
        <translation>オフライン（ローカルプログラム）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="268"/>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="270"/>
        <source>Signed out</source>
        <translation>サインアウト済み</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="272"/>
        <source>Syncing… %1%</source>
        <translation>同期中… %1%</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="278"/>
        <source>1 change waiting</source>
        <translation>未送信の変更 1件</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="280"/>
        <source>%1 changes waiting</source>
        <translation>未送信の変更 %1件</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="283"/>
        <source>Synced %1</source>
        <translation>同期済み（%1）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="285"/>
        <source>Signed in</source>
        <translation>サインイン済み</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="294"/>
        <source>The demo program is sample data: it never syncs with a server.</source>
        <translation>デモプログラムはサンプルデータです。サーバーと同期されることはありません。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="295"/>
        <source>This program lives only on this computer: there is no server to sync with.</source>
        <translation>このプログラムはこのコンピューター上にのみ存在します。同期するサーバーはありません。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="297"/>
        <source>Server: %1 as %2</source>
        <translation>サーバー：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="299"/>
        <source>Server: %1</source>
        <translation>サーバー：%1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="302"/>
        <source>Last synced %1</source>
        <translation>最終同期：%1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="304"/>
        <source>Not synced yet</source>
        <translation>まだ同期していません</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="309"/>
        <source>1 local change waiting to be sent</source>
        <translation>送信待ちのローカル変更 1件</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="311"/>
        <source>%1 local changes waiting to be sent</source>
        <translation>送信待ちのローカル変更 %1件</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="307"/>
        <source>Nothing waiting to be sent</source>
        <translation>送信待ちの変更はありません</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="71"/>
        <source>%1 s</source>
        <translation>%1秒</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="73"/>
        <source>%1 min</source>
        <translation>%1分</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="75"/>
        <source>%1 h</source>
        <translation>%1時間</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="78"/>
        <source>1 day</source>
        <translation>1日</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="79"/>
        <source>%1 days</source>
        <translation>%1日</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="85"/>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="86"/>
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="90"/>
        <source>Your clock is off by %1: server times are used</source>
        <translation>コンピューターの時計が%1ずれています：サーバーの時刻を使用します</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="99"/>
        <source>Signed out — sign in again</source>
        <translation>サインアウトしました — もう一度サインインしてください</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="101"/>
        <source>Server unreachable — will retry</source>
        <translation>サーバーに接続できません — 再試行します</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="103"/>
        <source>The server is newer than this app — update Advocate Hub</source>
        <translation>サーバーがこのアプリより新しいバージョンです — Advocate Hub を更新してください</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="111"/>
        <source>The server had a problem — will retry</source>
        <translation>サーバーで問題が発生しました — 再試行します</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="113"/>
        <source>Sync refused: %1</source>
        <translation>同期が拒否されました：%1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="406"/>
        <source>Sync status</source>
        <translation>同期の状態</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="410"/>
        <source>Sync progress</source>
        <translation>同期の進行状況</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="416"/>
        <location filename="../../advocate_hub/ui/sync_status.py" line="457"/>
        <location filename="../../advocate_hub/ui/sync_status.py" line="458"/>
        <source>Sync now</source>
        <translation>今すぐ同期</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="420"/>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="421"/>
        <source>Sign out of the server</source>
        <translation>サーバーからサインアウト</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="422"/>
        <source>Stop syncing and forget this sign-in on this computer</source>
        <translation>同期を停止し、このコンピューターでのサインイン情報を削除します</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="453"/>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="454"/>
        <source>Sign in to sync</source>
        <translation>サインインして同期</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="455"/>
        <source>Sign in to the server to sync (F5)</source>
        <translation>サーバーにサインインして同期します (F5)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="459"/>
        <source>Send local changes and fetch the server&apos;s (F5)</source>
        <translation>ローカルの変更を送信し、サーバーの変更を取得します (F5)</translation>
    </message>
</context>
<context>
    <name>TableCard</name>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_tables.py" line="82"/>
        <source>Export CSV</source>
        <translation>CSV をエクスポート</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_tables.py" line="84"/>
        <source>Export %1 as CSV</source>
        <translation>%1を CSV でエクスポート</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="44"/>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="51"/>
        <source>Message templates</source>
        <translation>メッセージテンプレート</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="54"/>
        <source>Kind of message</source>
        <translation>メッセージの種類</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="63"/>
        <source>Templates</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="68"/>
        <source>Template title</source>
        <translation>テンプレートのタイトル</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="71"/>
        <source>Template text</source>
        <translation>テンプレートの本文</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="73"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="74"/>
        <source>Text</source>
        <translation>本文</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="76"/>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="77"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="78"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="88"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="114"/>
        <source>%1 (built in)</source>
        <translation>%1（標準）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="144"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="155"/>
        <source>Deleted.</source>
        <translation>削除しました。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="166"/>
        <source>That did not work.</source>
        <translation>うまくいきませんでした。</translation>
    </message>
</context>
<context>
    <name>TextForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="243"/>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="248"/>
        <source>Your words</source>
        <translation>あなたの言葉</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="244"/>
        <source>In your own words…</source>
        <translation>あなた自身の言葉で…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="259"/>
        <source>%1 characters · at least %2</source>
        <translation>%1文字 · %2文字以上</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="265"/>
        <source>%1 of %2 characters</source>
        <translation>%1 / %2文字</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="540"/>
        <source>More challenges</source>
        <translation>ほかのチャレンジ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="542"/>
        <source>Sign me out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="552"/>
        <source>Thank you, %1!</source>
        <translation>ありがとうございます、%1さん！</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="552"/>
        <source>Thank you!</source>
        <translation>ありがとうございます！</translation>
    </message>
</context>
<context>
    <name>TierChart</name>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="296"/>
        <source>Tier distribution</source>
        <translation>ランク分布</translation>
    </message>
</context>
<context>
    <name>TierComparePage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="86"/>
        <source>Compare tiers</source>
        <translation>ランク比較</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="90"/>
        <source>What each tier unlocks in this program, from its own rules, challenges and rewards. Every tier keeps everything below it.</source>
        <translation>このプログラムのルール、チャレンジ、特典をもとに、各ランクで解放される内容を示します。上位ランクは下位ランクの内容をすべて含みます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="113"/>
        <source>View as %1</source>
        <translation>%1ランクで表示</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="115"/>
        <source>View the app as a %1 advocate</source>
        <translation>%1ランクのアドボケイトとしてアプリを表示</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="153"/>
        <source>From %1 lifetime points</source>
        <translation>累計%1ポイントから</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="155"/>
        <source>Where everyone starts</source>
        <translation>全員ここからスタート</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="162"/>
        <source>and a high-barrier challenge completed</source>
        <translation>さらに、ハードルの高いチャレンジを1件完了</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="164"/>
        <source>and %1 high-barrier challenges completed</source>
        <translation>さらに、ハードルの高いチャレンジを%1件完了</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="169"/>
        <source>1 advocate</source>
        <translation>アドボケイト 1人</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="169"/>
        <source>%1 advocates</source>
        <translation>アドボケイト %1人</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="174"/>
        <source>Viewing as</source>
        <translation>表示中</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="183"/>
        <source>BENEFITS</source>
        <translation>優待</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="189"/>
        <source>CHALLENGES</source>
        <translation>チャレンジ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="194"/>
        <source>open to this tier</source>
        <translation>件がこのランクで参加可能</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="208"/>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="228"/>
        <source>NEW AT THIS TIER</source>
        <translation>このランクで新たに解放</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="208"/>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="228"/>
        <source>TO START WITH</source>
        <translation>最初から利用可能</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="212"/>
        <source>Every challenge is already open.</source>
        <translation>すべてのチャレンジがすでに解放されています。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="216"/>
        <source>REWARDS</source>
        <translation>特典</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="224"/>
        <source>to redeem with points</source>
        <translation>件をポイントで交換可能</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="233"/>
        <source>%1 · %2 pts</source>
        <translation>%1 · %2 pt</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="241"/>
        <source>and %1 more</source>
        <translation>ほか%1件</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="257"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="258"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="259"/>
        <source>High</source>
        <translation>高</translation>
    </message>
</context>
<context>
    <name>TierMark</name>
    <message>
        <location filename="../../advocate_hub/ui/widgets.py" line="127"/>
        <source>%1 tier</source>
        <translation>%1ランク</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <location filename="../../advocate_hub/ui/toast.py" line="26"/>
        <source>Notification</source>
        <translation>通知</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <location filename="../../advocate_hub/ui/tour.py" line="42"/>
        <source>Guided tour</source>
        <translation>ガイドツアー</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/tour.py" line="63"/>
        <source>Skip tour</source>
        <translation>ツアーをスキップ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/tour.py" line="67"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/tour.py" line="70"/>
        <location filename="../../advocate_hub/ui/tour.py" line="134"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/tour.py" line="128"/>
        <source>TOUR · STEP %1 OF %2</source>
        <translation>ツアー · ステップ %1 / %2</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/tour.py" line="134"/>
        <source>Finish</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/tour.py" line="135"/>
        <source>Finish the tour</source>
        <translation>ツアーを終了</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/tour.py" line="135"/>
        <source>Next step</source>
        <translation>次のステップ</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="26"/>
        <source>Community</source>
        <translation>コミュニティ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="27"/>
        <source>Silver</source>
        <translation>シルバー</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="28"/>
        <source>Gold</source>
        <translation>ゴールド</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="29"/>
        <source>Platinum</source>
        <translation>プラチナ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="36"/>
        <source>Points earned</source>
        <translation>ポイント獲得</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="37"/>
        <source>Bonus</source>
        <translation>ボーナス</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="38"/>
        <source>Adjustment</source>
        <translation>調整</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="39"/>
        <source>Reversal</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="40"/>
        <source>Points spent</source>
        <translation>ポイント利用</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="46"/>
        <source>Waiting for a moderator</source>
        <translation>モデレーターの確認待ち</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="47"/>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="48"/>
        <source>Not approved</source>
        <translation>不承認</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="49"/>
        <source>Changes requested</source>
        <translation>修正依頼あり</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="60"/>
        <source>%1; %2</source>
        <comment>two items of a list</comment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="67"/>
        <source>Review on a third-party site</source>
        <translation>外部サイトでのレビュー</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="68"/>
        <source>Social share</source>
        <translation>SNSシェア</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="69"/>
        <source>Survey or poll</source>
        <translation>アンケート・投票</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="70"/>
        <source>Quiz or trivia</source>
        <translation>クイズ・トリビア</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="71"/>
        <source>Watch or read</source>
        <translation>視聴・閲覧</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="72"/>
        <source>Event check-in</source>
        <translation>イベントチェックイン</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="73"/>
        <source>Written testimonial</source>
        <translation>体験談（テキスト）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="74"/>
        <source>Reference call</source>
        <translation>リファレンスコール</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="75"/>
        <source>Referral</source>
        <translation>紹介</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="76"/>
        <source>Video testimonial</source>
        <translation>体験談（動画）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="77"/>
        <source>Product feedback or beta</source>
        <translation>製品フィードバック・ベータテスト</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="78"/>
        <source>Community answer</source>
        <translation>コミュニティでの回答</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="79"/>
        <source>Case study</source>
        <translation>導入事例</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="80"/>
        <source>Speaking slot</source>
        <translation>登壇</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="81"/>
        <source>Advisory board</source>
        <translation>アドバイザリーボード</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="97"/>
        <source>Your membership is not active, so no challenges are open to you; see your profile.</source>
        <translation>メンバーシップが有効ではないため、参加できるチャレンジはありません。プロフィールをご確認ください。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="101"/>
        <source>This challenge has been archived.</source>
        <translation>このチャレンジはアーカイブされました。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="103"/>
        <source>Opens on %1.</source>
        <translation>%1に開始します。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="105"/>
        <source>Closed on %1.</source>
        <translation>%1に終了しました。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="107"/>
        <source>You asked not to receive challenges of this kind (%1); see your profile.</source>
        <translation>この種類（%1）のチャレンジは受け取らない設定になっています。プロフィールをご確認ください。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="111"/>
        <source>Unlocks at %1 tier.</source>
        <translation>%1ランクで解放されます。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="113"/>
        <source>This challenge is for another group of advocates.</source>
        <translation>このチャレンジは別のグループのアドボケイトが対象です。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="116"/>
        <source>You have done this once, the most it allows.</source>
        <translation>このチャレンジは上限の1回まで完了済みです。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="117"/>
        <source>You have done this %1 times, the most it allows.</source>
        <translation>このチャレンジは上限の%1回まで完了済みです。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="121"/>
        <source>You have taken on many asks in the last 30 days; we hold new ones back so nobody is over-asked.</source>
        <translation>過去30日間に多くの依頼を受けているため、依頼が集中しすぎないよう新しい依頼を控えています。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="130"/>
        <source>Unlocks at %1 tier</source>
        <translation>%1ランクで解放</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="132"/>
        <source>Out of stock</source>
        <translation>在庫切れ</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="134"/>
        <source>%1 more points needed</source>
        <translation>あと%1ポイント必要</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="143"/>
        <source>You reached %1!</source>
        <translation>%1ランクに到達しました！</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="145"/>
        <source>Badge unlocked</source>
        <translation>バッジを獲得しました</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="148"/>
        <source>%1 points back</source>
        <translation>%1ポイントが戻りました</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="149"/>
        <source>%1 points</source>
        <translation>%1ポイント</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="152"/>
        <source>Approved: %1</source>
        <translation>承認：%1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="153"/>
        <source>Not approved: %1</source>
        <translation>不承認：%1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="154"/>
        <source>Changes requested: %1</source>
        <translation>修正依頼：%1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="164"/>
        <source>New challenges and rewards are open.</source>
        <translation>新しいチャレンジと特典が利用できるようになりました。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="166"/>
        <source>Your balance is now %1.</source>
        <translation>現在の残高は%1ポイントです。</translation>
    </message>
</context>
<context>
    <name>_Dialog</name>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="370"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="380"/>
        <source>Reason (required)</source>
        <translation>理由（必須）</translation>
    </message>
</context>
<context>
    <name>_QuestionsForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="373"/>
        <source>Questions</source>
        <translation>質問</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="394"/>
        <source>Question %1: %2</source>
        <translation>質問%1：%2</translation>
    </message>
</context>
</TS>
