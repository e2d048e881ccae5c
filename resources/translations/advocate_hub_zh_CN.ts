<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/about.py" line="34"/>
        <source>About Advocate Hub</source>
        <translation>关于 Advocate Hub</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/about.py" line="38"/>
        <source>Advocate Hub</source>
        <translation>Advocate Hub</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/about.py" line="39"/>
        <source>Run a customer-advocate program: challenges, points, tiers and rewards.</source>
        <translation>运营客户大使计划：挑战、积分、等级和奖励。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/about.py" line="45"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/about.py" line="46"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/about.py" line="47"/>
        <source>Log file</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/about.py" line="48"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/about.py" line="49"/>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/about.py" line="63"/>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/about.py" line="65"/>
        <source>Copy these details for a support request</source>
        <translation>复制这些信息，用于向技术支持求助</translation>
    </message>
</context>
<context>
    <name>AdjustPointsDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="429"/>
        <source>Adjust points for %1</source>
        <translation>调整 %1 的积分</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="432"/>
        <source>Points to add; negative to take away</source>
        <translation>要增加的积分；填负数则扣除</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="435"/>
        <source>For example: hosted the Berlin meetup</source>
        <translation>例如：主办了柏林线下聚会</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="436"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="437"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="438"/>
        <source>The advocate sees the reason with the entry.</source>
        <translation>大使会在该记录旁看到此原因。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="439"/>
        <source>Adjust</source>
        <translation>调整</translation>
    </message>
</context>
<context>
    <name>AdvocateHistoryPanel</name>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="105"/>
        <source>Choose an advocate</source>
        <translation>选择一位大使</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="106"/>
        <source>Select someone in the table to see their history and act on their membership or points.</source>
        <translation>在表格中选择一位大使，查看其历史记录并管理其成员资格或积分。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="134"/>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="189"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="135"/>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="186"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="136"/>
        <source>Consent</source>
        <translation>授权</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="137"/>
        <source>Groups</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="157"/>
        <source>Adjust points…</source>
        <translation>调整积分…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="159"/>
        <source>Reverse entry…</source>
        <translation>冲销记录…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="161"/>
        <source>Reverse the points entry selected under Points</source>
        <translation>冲销“积分”下所选的积分记录</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="162"/>
        <source>Export data…</source>
        <translation>导出数据…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="164"/>
        <source>Erase…</source>
        <translation>清除数据…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="177"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="180"/>
        <source>Which history to show</source>
        <translation>显示哪类历史记录</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="186"/>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="201"/>
        <source>Points entries</source>
        <translation>积分记录</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="186"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="186"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="189"/>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="202"/>
        <source>Submissions</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="189"/>
        <source>Challenge</source>
        <translation>挑战</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="189"/>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="193"/>
        <source>Sent</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="191"/>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="203"/>
        <source>Badges</source>
        <translation>徽章</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="191"/>
        <source>Badge</source>
        <translation>徽章</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="191"/>
        <source>Earned</source>
        <translation>获得时间</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="193"/>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="204"/>
        <source>Referrals</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="193"/>
        <source>Referred</source>
        <translation>被推荐人</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="193"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="196"/>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="205"/>
        <source>Status changes</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="196"/>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="196"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="196"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="274"/>
        <source>Erased on %1</source>
        <translation>已于 %1 清除</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="277"/>
        <source>%1 to spend · %2 earned in all</source>
        <translation>可用 %1 · 累计获得 %2</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="282"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="319"/>
        <source>May publish their name and may be contacted</source>
        <translation>可公开姓名，可联系</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="321"/>
        <source>May publish their name; not to be contacted</source>
        <translation>可公开姓名，不可联系</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="324"/>
        <source>Name not to be published; may be contacted</source>
        <translation>不公开姓名，可联系</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="326"/>
        <source>Name not to be published and not to be contacted</source>
        <translation>不公开姓名，不可联系</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="332"/>
        <source>%1 (reversed)</source>
        <translation>%1（已冲销）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="334"/>
        <source>Reversal: %1</source>
        <translation>冲销：%1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="339"/>
        <source>Joined as %1</source>
        <translation>加入时状态：%1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="341"/>
        <source>Personal data erased</source>
        <translation>个人数据已清除</translation>
    </message>
</context>
<context>
    <name>AdvocatesPage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="243"/>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="394"/>
        <source>Advocates</source>
        <translation>大使</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="248"/>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="250"/>
        <source>Import advocates from a CSV file</source>
        <translation>从 CSV 文件导入大使</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="253"/>
        <source>Nominate…</source>
        <translation>提名…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="255"/>
        <source>Nominate someone for the program</source>
        <translation>提名某人加入计划</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="303"/>
        <source>%1 is nominated; invite them when you are ready.</source>
        <translation>已提名 %1；准备好后即可发出邀请。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="334"/>
        <source>Show them</source>
        <translation>查看名单</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="346"/>
        <source>Search advocates by name or email</source>
        <translation>按姓名或邮箱搜索大使</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="347"/>
        <source>Search by name or email</source>
        <translation>按姓名或邮箱搜索</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="352"/>
        <source>Sort advocates by</source>
        <translation>大使排序方式</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="354"/>
        <source>Sort: name</source>
        <translation>排序：姓名</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="355"/>
        <source>Sort: points</source>
        <translation>排序：积分</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="356"/>
        <source>Sort: last active</source>
        <translation>排序：最近活跃</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="357"/>
        <source>Sort: asks in 30 days</source>
        <translation>排序：30 天内挑战数</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="363"/>
        <source>Filter by tier</source>
        <translation>按等级筛选</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="364"/>
        <source>All tiers</source>
        <translation>所有等级</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="366"/>
        <source>Filter by group</source>
        <translation>按分组筛选</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="366"/>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="549"/>
        <source>All groups</source>
        <translation>所有分组</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="369"/>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="370"/>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="374"/>
        <source>Filter by days without activity</source>
        <translation>按未活跃天数筛选</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="375"/>
        <source>Any activity</source>
        <translation>不限活跃度</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="376"/>
        <source>Idle %1+ days</source>
        <translation>未活跃 %1 天以上</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="380"/>
        <source>Filter by asks in the last 30 days</source>
        <translation>按近 30 天挑战数筛选</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="381"/>
        <source>Any asks</source>
        <translation>不限挑战数</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="382"/>
        <source>%1+ asks</source>
        <translation>%1 个及以上挑战</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="424"/>
        <source>Nobody matches</source>
        <translation>无匹配结果</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="425"/>
        <source>No advocate matches these filters. Clear the search or choose another tier, group or status.</source>
        <translation>没有符合筛选条件的大使。请清除搜索，或选择其他等级、分组或状态。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="435"/>
        <source>Previous</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="437"/>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="505"/>
        <source>1 advocate</source>
        <translation>1 位大使</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="505"/>
        <source>%1 advocates</source>
        <translation>%1 位大使</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="509"/>
        <source>%1 to %2 of %3</source>
        <translation>第 %1–%2 位，共 %3 位</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="533"/>
        <source>1 advocate is at the asking limit</source>
        <translation>1 位大使已达邀请上限</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="535"/>
        <source>%1 advocates are at the asking limit</source>
        <translation>%1 位大使已达邀请上限</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="538"/>
        <source>%1 took on %2 or more asks in the last 30 days. Give them a rest before asking again.</source>
        <translation>%1 在近 30 天内已接到 %2 个或更多挑战。请让他们休息一下，再发出新的邀请。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="618"/>
        <source>%1 points recorded with your reason.</source>
        <translation>已记录 %1 积分及你填写的原因。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="633"/>
        <source>The entry was reversed.</source>
        <translation>该记录已冲销。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="636"/>
        <source>Choose a folder for the export</source>
        <translation>选择导出文件夹</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="652"/>
        <source>Exported %1 files to %2.</source>
        <translation>已将 %1 个文件导出到 %2。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="670"/>
        <source>Their personal data was erased. Their points stay on the ledger.</source>
        <translation>其个人数据已清除，积分仍保留在账目中。</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="60"/>
        <source>Take a challenge, earn points, climb the board</source>
        <translation>接挑战，赚积分，冲上排行榜</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="66"/>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="112"/>
        <source>Top advocates</source>
        <translation>大使排行</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="79"/>
        <source>Quick challenges</source>
        <translation>快速挑战</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="91"/>
        <source>Tap to start</source>
        <translation>点击开始</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="99"/>
        <source>or scan your member code</source>
        <translation>或扫描你的会员码</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="112"/>
        <source>Top advocates at %1</source>
        <translation>%1 大使排行</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="115"/>
        <source>Be the first on the board today!</source>
        <translation>今天还没人上榜，快来抢第一！</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="135"/>
        <source>New challenges are coming soon.</source>
        <translation>新挑战即将上线。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="143"/>
        <source>+%1 points</source>
        <translation>+%1 积分</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="89"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="92"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="94"/>
        <source>Save every entry the filter matches as a CSV file</source>
        <translation>将所有符合筛选条件的记录保存为 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="102"/>
        <source>Search the audit log</source>
        <translation>搜索审计日志</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="103"/>
        <source>Search names, actions, reasons…</source>
        <translation>搜索姓名、操作、原因…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="109"/>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="109"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="111"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="112"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="113"/>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="114"/>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="136"/>
        <source>Audit log entries</source>
        <translation>审计日志记录</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="148"/>
        <source>Nothing matches</source>
        <translation>无匹配结果</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="149"/>
        <source>No entry matches these filters. Clear the search or choose a longer period.</source>
        <translation>没有符合筛选条件的记录。请清除搜索或选择更长的时间段。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="154"/>
        <source>Before and after</source>
        <translation>变更前后</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="158"/>
        <source>Selected entry, before and after</source>
        <translation>所选记录的变更前后</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="160"/>
        <source>Select an entry to see what it changed.</source>
        <translation>选择一条记录，查看它做了哪些更改。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="184"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="186"/>
        <source>Every action</source>
        <translation>所有操作</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="187"/>
        <source>%1 (all)</source>
        <translation>%1（全部）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="190"/>
        <source>Every target</source>
        <translation>所有对象</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="228"/>
        <source>1 entry</source>
        <translation>1 条记录</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="228"/>
        <source>%1 entries</source>
        <translation>%1 条记录</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="236"/>
        <source>The system</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="242"/>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="242"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="252"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="262"/>
        <source>Saved %1 entries to %2.</source>
        <translation>已将 %1 条记录保存到 %2。</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../advocate_hub/ui/models/audit_model.py" line="130"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/audit_model.py" line="130"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/audit_model.py" line="130"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/audit_model.py" line="130"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/audit_model.py" line="150"/>
        <source>The system</source>
        <translation>系统</translation>
    </message>
</context>
<context>
    <name>BadgesModel</name>
    <message>
        <location filename="../../advocate_hub/ui/models/badges_model.py" line="79"/>
        <source>Earned %1</source>
        <translation>获得于 %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/badges_model.py" line="88"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/badges_model.py" line="95"/>
        <source>%1, earned %2</source>
        <translation>%1，获得于 %2</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/badges_model.py" line="97"/>
        <source>%1, locked: %2 Progress %3</source>
        <translation>%1，未解锁：%2 进度 %3</translation>
    </message>
</context>
<context>
    <name>BadgesPage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/badges.py" line="203"/>
        <source>Badges</source>
        <translation>徽章</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/badges.py" line="208"/>
        <source>Badges earned</source>
        <translation>已获徽章</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/badges.py" line="214"/>
        <source>Badges mark milestones. Locked ones show what they take and how far along you are.</source>
        <translation>徽章记录你的里程碑。未解锁的徽章会显示获得条件和你的当前进度。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/badges.py" line="222"/>
        <source>Badge gallery</source>
        <translation>徽章墙</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/badges.py" line="227"/>
        <source>No badges yet</source>
        <translation>还没有徽章</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/badges.py" line="228"/>
        <source>This program has no badges. When the team adds some, they appear here with what they take.</source>
        <translation>本计划暂时没有徽章。团队添加后，徽章及其获得条件会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/badges.py" line="248"/>
        <source>%1 of %2 earned</source>
        <translation>已获得 %1 / %2</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="331"/>
        <source>Content calendar</source>
        <translation>内容日历</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="337"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="337"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="337"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="343"/>
        <source>%1 view</source>
        <translation>%1视图</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="349"/>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="351"/>
        <source>Previous period</source>
        <translation>上一时段</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="353"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="355"/>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="357"/>
        <source>Next period</source>
        <translation>下一时段</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="369"/>
        <source>Challenges that started earlier and have no end date</source>
        <translation>较早开始且没有结束日期的挑战</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="412"/>
        <source>Select a challenge to see its dates. Drag it to another day to move it, or select it and press Alt+Left or Alt+Right.</source>
        <translation>选择一个挑战即可查看其日期。将它拖到其他日期即可移动，或选中后按 Alt+← 或 Alt+→。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="418"/>
        <source>Reviews and posts</source>
        <translation>点评和帖子</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="419"/>
        <source>Polls, quizzes, content</source>
        <translation>投票、测验和内容</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="420"/>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="421"/>
        <source>Calls and referrals</source>
        <translation>通话和推荐</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="422"/>
        <source>Feedback and video</source>
        <translation>反馈和视频</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="423"/>
        <source>Big commitments</source>
        <translation>重大投入</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="453"/>
        <source>Week of %1</source>
        <translation>%1 当周</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="457"/>
        <source>Q%1 %2</source>
        <translation>%2 年第 %1 季度</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="481"/>
        <source>Ongoing (%1)</source>
        <translation>长期进行（%1）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="482"/>
        <source>Show ongoing challenges</source>
        <translation>显示长期进行的挑战</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocate_hub/ui/views/calendar.py" line="487"/>
        <source>%n ongoing challenge(s) with no end date hidden.</source>
        <translation>
            <numerusform>已隐藏 %n 个没有结束日期的长期挑战。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="497"/>
        <source>no end date</source>
        <translation>无结束日期</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="499"/>
        <source>%1 · %2 · %3 to %4 UTC. Alt+Left or Alt+Right moves it a day.</source>
        <translation>%1 · %2 · %3 至 %4（UTC）。按 Alt+← 或 Alt+→ 可将其移动一天。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="521"/>
        <source>Something went wrong.</source>
        <translation>出了点问题。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="522"/>
        <source>That move was not made: %1</source>
        <translation>未能移动：%1</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="70"/>
        <source>Calendar of challenges</source>
        <translation>挑战日历</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="72"/>
        <source>Left and Right select a challenge; Alt+Left and Alt+Right move it a day.</source>
        <translation>按 ← 或 → 选择挑战；按 Alt+← 或 Alt+→ 将其移动一天。</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="162"/>
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="163"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="164"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="165"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="166"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="167"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="168"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="175"/>
        <source>Unlimited</source>
        <translation>不限量</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="179"/>
        <source>Offered</source>
        <translation>上架中</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="179"/>
        <source>Retired</source>
        <translation>已下架</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="191"/>
        <source>Requests waiting, and requests fulfilled</source>
        <translation>待处理的申请和已发放的申请</translation>
    </message>
</context>
<context>
    <name>ChallengeDetail</name>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="149"/>
        <source>Challenge details</source>
        <translation>挑战详情</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="167"/>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="174"/>
        <source>Pick a challenge</source>
        <translation>选择一个挑战</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="169"/>
        <source>Choose one from the list to see what it asks, what it gives and how long it stays open. With the keyboard: arrow keys to browse, Enter to fill it in.</source>
        <translation>从列表中选择一个挑战，查看它的要求、奖励积分和开放时间。键盘操作：用方向键浏览，按 Enter 开始填写。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="206"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="208"/>
        <source>points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="249"/>
        <source>I will say that I received points for this, and my words are my own honest opinion.</source>
        <translation>我会注明自己因此获得了积分，并且所写内容是我本人的真实看法。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="263"/>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="268"/>
        <source>Not for me</source>
        <translation>不适合我</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="268"/>
        <source>Decline this challenge</source>
        <translation>婉拒此挑战</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="306"/>
        <source>%1 points</source>
        <translation>%1 积分</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="329"/>
        <source>Last time</source>
        <translation>上次的反馈</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="338"/>
        <source>Waiting for review</source>
        <translation>等待审核</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="339"/>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="464"/>
        <source>A moderator will look at it soon; you will get a notification when they have.</source>
        <translation>管理员很快会查看，审核完成后你会收到通知。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="343"/>
        <source>The team asked for changes</source>
        <translation>团队请你做些修改</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="346"/>
        <source>Done, thank you!</source>
        <translation>已完成，谢谢你！</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="348"/>
        <source>Changed your mind? You can still take it on below.</source>
        <translation>改变主意了？你仍然可以在下方接受这个挑战。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="349"/>
        <source>You declined this one</source>
        <translation>你已婉拒这个挑战</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="359"/>
        <source>Keep completing challenges to reach it; bigger asks open up as you go.</source>
        <translation>继续完成挑战即可解锁；随着你不断参与，更高难度的挑战会陆续开放。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="372"/>
        <source>Send it again</source>
        <translation>重新提交</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="372"/>
        <source>Take it on</source>
        <translation>接受挑战</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="373"/>
        <source>Send again</source>
        <translation>再次发送</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="454"/>
        <source>+%1 points are yours.</source>
        <translation>+%1 积分已到账。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="455"/>
        <source>Approved! Well done.</source>
        <translation>已通过！干得漂亮。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="457"/>
        <source>Not quite.</source>
        <translation>还差一点。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="463"/>
        <source>Sent, thank you!</source>
        <translation>已发送，谢谢你！</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="482"/>
        <source>Declined.</source>
        <translation>已婉拒。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="482"/>
        <source>Thanks for saying so; it costs you nothing.</source>
        <translation>谢谢你告诉我们；这对你没有任何影响。</translation>
    </message>
</context>
<context>
    <name>ChallengeEditorPage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="150"/>
        <source>Manage challenges</source>
        <translation>管理挑战</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="154"/>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="374"/>
        <source>New challenge</source>
        <translation>新建挑战</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="184"/>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="185"/>
        <source>Search challenges</source>
        <translation>搜索挑战</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="192"/>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="192"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="197"/>
        <source>Show challenges that are</source>
        <translation>显示以下状态的挑战</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="198"/>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="205"/>
        <source>Challenges</source>
        <translation>挑战</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="214"/>
        <source>No challenge matches.</source>
        <translation>没有匹配的挑战。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="234"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="236"/>
        <source>Expire now</source>
        <translation>立即结束</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="239"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="254"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="257"/>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="262"/>
        <source>Preview as an advocate of tier</source>
        <translation>以此等级大使的视角预览</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="271"/>
        <source>Fix the fields marked in red to see the preview.</source>
        <translation>请修正标红的字段以查看预览。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="277"/>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="285"/>
        <source>Dry run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="280"/>
        <source>Before you publish: who would this reach, and who has been asked enough already?</source>
        <translation>发布前先看看：它会触达哪些人，哪些人已经被邀请得够多了？</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="326"/>
        <source>, no end</source>
        <translation>，无结束日期</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="374"/>
        <source>Edit challenge</source>
        <translation>编辑挑战</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="383"/>
        <source>Save changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="383"/>
        <source>Save and publish</source>
        <translation>保存并发布</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="418"/>
        <source>Something went wrong.</source>
        <translation>出了点问题。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="431"/>
        <source>Published. Advocates see it from its start.</source>
        <translation>已发布。大使从开始时间起即可看到。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="433"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="462"/>
        <source>Ended. Advocates see it as closed from now.</source>
        <translation>已结束。大使从现在起会看到它已关闭。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="466"/>
        <source>Archived. It no longer shows anywhere for advocates.</source>
        <translation>已归档。大使在任何地方都不会再看到它。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="485"/>
        <source>Would reach %1 advocates; %2 of them are at the fatigue limit.</source>
        <translation>将触达 %1 位大使，其中 %2 位已达邀请上限。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="492"/>
        <source>Those at the limit will not be offered it until they have been asked less lately.</source>
        <translation>已达上限的大使要等近期被邀请次数减少后，才会收到这个挑战。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="494"/>
        <source>This kind is not an ask, so the limit does not hold it back.</source>
        <translation>这类挑战不算作邀请，因此不受上限限制。</translation>
    </message>
</context>
<context>
    <name>ChallengeForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="137"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="139"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="138"/>
        <source>What you ask, in a few words</source>
        <translation>用几个字说明你的请求</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="141"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="145"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="142"/>
        <source>Why it matters and what to do, in the advocate&apos;s words</source>
        <translation>用大使的视角说明为什么重要、需要做什么</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="148"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="152"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="155"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="167"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="159"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="167"/>
        <source>Barrier</source>
        <translation>门槛</translation>
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
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="171"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="181"/>
        <source>Expires</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="172"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="173"/>
        <source>No end date</source>
        <translation>无结束日期</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="184"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="191"/>
        <source>Times per advocate</source>
        <translation>每位大使可完成次数</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="187"/>
        <source>Minimum tier</source>
        <translation>最低等级</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="191"/>
        <source>Min tier</source>
        <translation>最低等级</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="201"/>
        <source>Audience: %1</source>
        <translation>受众：%1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="205"/>
        <source>Tiers</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="205"/>
        <source>None ticked: every tier.</source>
        <translation>不勾选即面向所有等级。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="213"/>
        <source>Groups</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="213"/>
        <source>None ticked: every group.</source>
        <translation>不勾选即面向所有分组。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="216"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="220"/>
        <source>Proof</source>
        <translation>凭证</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="222"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="224"/>
        <source>Event code</source>
        <translation>活动代码</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="223"/>
        <source>The code advocates type at the event</source>
        <translation>大使在活动现场输入的代码</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="226"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="229"/>
        <source>Questions</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="231"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="232"/>
        <source>Approve automatically</source>
        <translation>自动通过</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="233"/>
        <source>Ask advocates to disclose the reward</source>
        <translation>要求大使声明所获奖励</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="234"/>
        <source>Disclosure required</source>
        <translation>需要声明</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="242"/>
        <source>Approval</source>
        <translation>审核方式</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="318"/>
        <source>Group: %1</source>
        <translation>分组：%1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="447"/>
        <source>One per line: Question? | choice | *right choice | choice</source>
        <translation>每行一题：问题？| 选项 | *正确选项 | 选项</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="450"/>
        <source>One per line: a question, &apos;nps: question&apos; for a 0-10 score, or &apos;question | choice | choice&apos;</source>
        <translation>每行一题：直接写问题；写“nps: 问题”表示 0-10 分评分；或写“问题 | 选项 | 选项”</translation>
    </message>
</context>
<context>
    <name>ChallengeScreen</name>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="379"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="392"/>
        <source>+%1 points</source>
        <translation>+%1 积分</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="397"/>
        <source>Check me in</source>
        <translation>为我签到</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="429"/>
        <source>Question %1 of %2: %3</source>
        <translation>第 %1 题，共 %2 题：%3</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="441"/>
        <source>Score %1</source>
        <translation>得分 %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="453"/>
        <source>Your answer</source>
        <translation>你的答案</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="455"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="465"/>
        <source>In two or three sentences: what difference has it made for you?</source>
        <translation>用两三句话说说：它给你带来了哪些改变？</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="469"/>
        <source>Your testimonial</source>
        <translation>你的证言</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="473"/>
        <source>I will say that I received points for this if I share it publicly</source>
        <translation>如果公开分享，我会注明自己因此获得了积分</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="477"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="482"/>
        <source>Who would benefit? We contact them only with their consent.</source>
        <translation>谁会从中受益？我们只会在对方同意后与其联系。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="483"/>
        <source>Their name</source>
        <translation>对方姓名</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="484"/>
        <source>Their email</source>
        <translation>对方邮箱</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="485"/>
        <source>Their company (optional)</source>
        <translation>对方公司（选填）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="486"/>
        <source>They agreed that we may contact them</source>
        <translation>对方已同意我们与其联系</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="489"/>
        <source>Send referral</source>
        <translation>发送推荐</translation>
    </message>
</context>
<context>
    <name>Challenges</name>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="52"/>
        <source>Open</source>
        <translation>开放中</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="53"/>
        <source>Locked</source>
        <translation>未解锁</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="54"/>
        <source>Coming soon</source>
        <translation>即将开放</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="55"/>
        <source>Pending</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="56"/>
        <source>Changes requested</source>
        <translation>需修改</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="57"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="58"/>
        <source>Declined</source>
        <translation>已婉拒</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="59"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="78"/>
        <source>Low effort</source>
        <translation>低投入</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="79"/>
        <source>Medium effort</source>
        <translation>中等投入</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="80"/>
        <source>High effort</source>
        <translation>高投入</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="86"/>
        <source>Ending soonest</source>
        <translation>即将截止优先</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="87"/>
        <source>Most points</source>
        <translation>积分最多优先</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="88"/>
        <source>Newest first</source>
        <translation>最新优先</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="103"/>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="105"/>
        <source>%n days</source>
        <translation>%n 天</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="107"/>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="110"/>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="114"/>
        <source>%n h</source>
        <translation>%n 小时</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="112"/>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="116"/>
        <source>%n min</source>
        <translation>%n 分钟</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="123"/>
        <source>opens in %1</source>
        <translation>%1 后开放</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="130"/>
        <source>ended %1</source>
        <translation>已于 %1 截止</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="131"/>
        <source>ends in %1</source>
        <translation>%1 后截止</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="140"/>
        <source>Opens in %1</source>
        <translation>距开放还有 %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="144"/>
        <source>No end date</source>
        <translation>无结束日期</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="147"/>
        <source>Closed on %1</source>
        <translation>已于 %1 截止</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="148"/>
        <source>Closes in %1</source>
        <translation>距截止还有 %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="224"/>
        <source>1 point</source>
        <translation>1 积分</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="226"/>
        <source>%1 points</source>
        <translation>%1 积分</translation>
    </message>
</context>
<context>
    <name>ChallengesPage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="70"/>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="72"/>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="111"/>
        <source>Challenges</source>
        <translation>挑战</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="80"/>
        <source>Search challenges</source>
        <translation>搜索挑战</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="81"/>
        <source>Search challenges  (Ctrl+F)</source>
        <translation>搜索挑战（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="86"/>
        <source>Clear search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="86"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="89"/>
        <source>Filter by kind</source>
        <translation>按类型筛选</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="89"/>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="92"/>
        <source>Filter by effort</source>
        <translation>按投入程度筛选</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="92"/>
        <source>Any effort</source>
        <translation>不限投入程度</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="95"/>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="95"/>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="98"/>
        <source>Sort by</source>
        <translation>排序方式</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="125"/>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="239"/>
        <source>No challenges match your filters</source>
        <translation>没有符合筛选条件的挑战</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="126"/>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="239"/>
        <source>Try other words, or show every challenge again.</source>
        <translation>换个关键词试试，或重新显示全部挑战。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="128"/>
        <source>Show all challenges</source>
        <translation>显示全部挑战</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="234"/>
        <source>1 challenge</source>
        <translation>1 个挑战</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="234"/>
        <source>%1 challenges</source>
        <translation>%1 个挑战</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="245"/>
        <source>No challenges yet</source>
        <translation>还没有挑战</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="246"/>
        <source>When the team opens a challenge, it appears here. Check back soon!</source>
        <translation>团队发布挑战后，它会出现在这里。稍后再来看看吧！</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_tables.py" line="140"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_tables.py" line="142"/>
        <source>Export %1 as CSV</source>
        <translation>将“%1”导出为 CSV</translation>
    </message>
</context>
<context>
    <name>CodeForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="284"/>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="287"/>
        <source>Event code</source>
        <translation>活动代码</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="284"/>
        <source>The code on the booth screen</source>
        <translation>展位屏幕上显示的代码</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="286"/>
        <source>Shown at %1.</source>
        <translation>代码展示在 %1 现场。</translation>
    </message>
</context>
<context>
    <name>DealValueDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="87"/>
        <source>Deal won</source>
        <translation>已成交</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="92"/>
        <source>%1 is won</source>
        <translation>%1 已成交</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="94"/>
        <source>What is the deal worth? It counts towards the program&apos;s won value.</source>
        <translation>这笔交易的金额是多少？它将计入本计划的成交总额。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="98"/>
        <source>Deal value</source>
        <translation>交易金额</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="104"/>
        <source>Mark as won</source>
        <translation>标记为已成交</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="105"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>DeclineDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="107"/>
        <source>Decline “%1”</source>
        <translation>婉拒“%1”</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="111"/>
        <source>No problem: declining costs you nothing.</source>
        <translation>没问题：婉拒对你没有任何影响。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="112"/>
        <source>A reason helps the team ask better next time (optional).</source>
        <translation>说说原因，能帮助团队下次更好地安排（选填）。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="115"/>
        <source>Reason for declining (optional)</source>
        <translation>婉拒原因（选填）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="116"/>
        <source>Too busy this quarter, not my topic…</source>
        <translation>这个季度太忙、话题不适合我……</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="121"/>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="123"/>
        <source>Decline</source>
        <translation>婉拒</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="124"/>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="126"/>
        <source>Keep it</source>
        <translation>保留挑战</translation>
    </message>
</context>
<context>
    <name>DemoMode</name>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="63"/>
        <source>Advocate Hub · Demo</source>
        <translation>Advocate Hub · 演示</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="65"/>
        <source>DEMO · sample data</source>
        <translation>演示 · 示例数据</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="66"/>
        <source>Demo program: sample data that never syncs</source>
        <translation>演示计划：示例数据，从不同步</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="67"/>
        <source>This is the demo program. Its people are made up and it never syncs.</source>
        <translation>这是演示计划。其中的人物均为虚构，数据从不同步。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="72"/>
        <source>VIEW AS</source>
        <translation>查看视角</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="75"/>
        <source>View the app as</source>
        <translation>切换查看视角</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="76"/>
        <source>See the app exactly as each tier, or a moderator, sees it</source>
        <translation>以各等级大使或管理员的视角，原样查看应用</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="77"/>
        <source>Choose a view</source>
        <translation>选择视角</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="83"/>
        <source>Take the tour</source>
        <translation>开始导览</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="87"/>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="148"/>
        <source>Reset demo</source>
        <translation>重置演示</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="98"/>
        <source>Community advocate</source>
        <translation>社区级大使</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="99"/>
        <source>Silver advocate</source>
        <translation>白银级大使</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="100"/>
        <source>Gold advocate</source>
        <translation>黄金级大使</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="101"/>
        <source>Platinum advocate</source>
        <translation>铂金级大使</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="102"/>
        <source>Moderator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="145"/>
        <source>Restoring the demo…</source>
        <translation>正在恢复演示…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="147"/>
        <source>Restoring the demo</source>
        <translation>正在恢复演示</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="171"/>
        <source>The demo is as good as new.</source>
        <translation>演示已恢复如初。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="221"/>
        <source>Home: what an advocate sees first</source>
        <translation>首页：大使第一眼看到的内容</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="222"/>
        <source>Points, progress to the next tier, badges within reach and challenges picked for them.</source>
        <translation>积分、距下一等级的进度、即将获得的徽章，以及为他们精选的挑战。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="228"/>
        <source>Challenges: the asks</source>
        <translation>挑战：邀请大使做的事</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="230"/>
        <source>Low-barrier asks are open to everyone; medium and high ones unlock with Silver and Gold. A locked challenge says why.</source>
        <translation>低门槛挑战对所有人开放；中、高门槛挑战分别在白银和黄金等级解锁。锁定的挑战会说明原因。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="238"/>
        <source>Leaderboard</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="239"/>
        <source>All time, this month and this week. Advocates who opted out never appear.</source>
        <translation>总榜、本月榜和本周榜。已退出计划的大使永远不会上榜。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="245"/>
        <source>Rewards</source>
        <translation>奖励</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="246"/>
        <source>Status, access, power and stuff, most wanted first. Higher tiers unlock more of them.</source>
        <translation>荣誉、特权、影响力和实物，最受欢迎的排在前面。等级越高，可解锁的奖励越多。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="252"/>
        <source>View as any tier, or a moderator</source>
        <translation>以任意等级或管理员的视角查看</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="254"/>
        <source>Switch here to show what each tier unlocks, or the moderator&apos;s workspace. Compare tiers puts them side by side; Reset demo puts everything back.</source>
        <translation>在这里切换，展示每个等级能解锁什么，或查看管理员工作台。“比较等级”将各等级并排对比；“重置演示”让一切恢复原样。</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="479"/>
        <source>Erase %1&apos;s personal data?</source>
        <translation>要清除 %1 的个人数据吗？</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="485"/>
        <source>Their name, email, company, proof and referral contacts are removed on every device. Their points stay, so leaderboards and metrics do not change. This cannot be undone.</source>
        <translation>其姓名、邮箱、公司、凭证和推荐联系人将从所有设备上删除。积分会保留，因此排行榜和统计数据不受影响。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="493"/>
        <source>Type the advocate&apos;s email to confirm</source>
        <translation>输入该大使的邮箱以确认</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="495"/>
        <source>For example: their request by email on 3 March</source>
        <translation>例如：对方于 3 月 3 日通过邮件提出的请求</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="496"/>
        <source>Type their email</source>
        <translation>输入对方邮箱</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="497"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="498"/>
        <source>Erase for good</source>
        <translation>永久清除</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../advocate_hub/ui/logs.py" line="29"/>
        <source>Something went wrong. The details are in the log in %1.</source>
        <translation>出了点问题。详细信息见 %1 中的日志。</translation>
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
        <translation>正在获取你的计划</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/first_sync.py" line="64"/>
        <source>Fetching progress</source>
        <translation>获取进度</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/first_sync.py" line="69"/>
        <source>Fetching problem</source>
        <translation>获取时出现问题</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/first_sync.py" line="74"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/first_sync.py" line="76"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/first_sync.py" line="95"/>
        <source>Signed in as %1. Fetching your program from %2…</source>
        <translation>已以 %1 身份登录。正在从 %2 获取你的计划…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/first_sync.py" line="112"/>
        <source>Fetched %1 of about %2 changes…</source>
        <translation>已获取 %1 项更改，共约 %2 项…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/first_sync.py" line="131"/>
        <source>Your program could not be fetched.</source>
        <translation>无法获取你的计划。</translation>
    </message>
</context>
<context>
    <name>FulfilmentPage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="118"/>
        <source>Rewards desk</source>
        <translation>奖励发放</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="124"/>
        <source>Fulfil what advocates asked for, oldest first, and keep the catalog worth opening.</source>
        <translation>按先后顺序处理大使的兑换申请，并让奖励目录常看常新。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="132"/>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="134"/>
        <source>Rewards desk sections</source>
        <translation>奖励发放栏目</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="144"/>
        <source>Waiting to be fulfilled</source>
        <translation>待发放</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="150"/>
        <source>Requests waiting to be fulfilled</source>
        <translation>待发放的申请</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="157"/>
        <source>All caught up</source>
        <translation>全部处理完毕</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="158"/>
        <source>No requests are waiting. New redemptions appear here, oldest first.</source>
        <translation>没有待处理的申请。新的兑换申请会按先后顺序显示在这里。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="169"/>
        <source>Fulfilment queue</source>
        <translation>发放队列</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="182"/>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="205"/>
        <source>Catalog</source>
        <translation>奖励目录</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="184"/>
        <source>New reward</source>
        <translation>新建奖励</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="191"/>
        <source>Reward catalog</source>
        <translation>奖励目录</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="223"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 个待处理</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="224"/>
        <source>Fulfilment queue (%1)</source>
        <translation>发放队列（%1）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="272"/>
        <source>Fulfilled: %1 for %2.</source>
        <translation>已为 %2 发放：%1。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="282"/>
        <source>Say why the request is cancelled; the advocate sees it with the refund.</source>
        <translation>请说明取消申请的原因；大使在收到积分退还时会看到它。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="290"/>
        <source>Cancelled: %1 for %2; the points went back.</source>
        <translation>已取消 %2 的申请：%1；积分已退还。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="332"/>
        <source>Saved %1.</source>
        <translation>已保存“%1”。</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="43"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="49"/>
        <source>Your points</source>
        <translation>你的积分</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="51"/>
        <source>Points balance</source>
        <translation>积分余额</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="57"/>
        <source>Your tier</source>
        <translation>你的等级</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="70"/>
        <source>Progress to the next tier</source>
        <translation>距下一等级的进度</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="77"/>
        <source>Recommended for you</source>
        <translation>为你推荐</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="81"/>
        <source>Badges within reach</source>
        <translation>即将获得的徽章</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="85"/>
        <source>Recent activity</source>
        <translation>近期动态</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="89"/>
        <source>From the team</source>
        <translation>团队消息</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="109"/>
        <source>Welcome back, %1</source>
        <translation>欢迎回来，%1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="111"/>
        <source>%1 earned in all</source>
        <translation>累计获得 %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="116"/>
        <source>The top tier. Thank you for everything you do!</source>
        <translation>你已达到最高等级。感谢你所做的一切！</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="120"/>
        <source>%1 points to %2, plus one case study, talk or advisory seat</source>
        <translation>距 %2 还差 %1 积分，另需参与一次客户案例、演讲或顾问委员会</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="122"/>
        <source>%1 points to %2</source>
        <translation>距 %2 还差 %1 积分</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="130"/>
        <source>%1 unlocks: %2</source>
        <translation>%1 等级解锁：%2</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="144"/>
        <source>ends %1</source>
        <translation>%1 截止</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="152"/>
        <source>All caught up</source>
        <translation>全部完成</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="153"/>
        <source>Nothing new to do right now. New challenges appear here when they open.</source>
        <translation>暂时没有新任务。新挑战开放后会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="165"/>
        <source>Progress to %1</source>
        <translation>%1 的进度</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="169"/>
        <source>You have every badge. Impressive!</source>
        <translation>你已集齐所有徽章，太厉害了！</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="183"/>
        <source>Your points history starts with your first challenge.</source>
        <translation>完成第一个挑战后，你的积分记录就从这里开始。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="200"/>
        <source>Thank-yous and news about your contributions appear here.</source>
        <translation>感谢留言和关于你所做贡献的消息会显示在这里。</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="276"/>
        <source>QR code to continue on your phone</source>
        <translation>用手机继续的二维码</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="297"/>
        <source>I&apos;m done: sign me out</source>
        <translation>我完成了：退出登录</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="305"/>
        <source>Hi %1!</source>
        <translation>你好，%1！</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="305"/>
        <source>Hi there!</source>
        <translation>你好！</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="308"/>
        <source>Continue on your phone</source>
        <translation>用手机继续</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="313"/>
        <source>+%1 points</source>
        <translation>+%1 积分</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="323"/>
        <source>You&apos;re checked in. Pick a quick challenge:</source>
        <translation>签到成功。选一个快速挑战：</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="325"/>
        <source>You&apos;re checked in, and you&apos;ve done every quick challenge. Thank you!</source>
        <translation>签到成功，所有快速挑战你也都完成了。谢谢你！</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="335"/>
        <source>Your points go to member %1 once this kiosk syncs.</source>
        <translation>此自助终端同步后，积分将计入会员 %1 的账户。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="329"/>
        <source>Pick a quick challenge:</source>
        <translation>选一个快速挑战：</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="331"/>
        <source>You&apos;ve done every quick challenge. Thank you!</source>
        <translation>所有快速挑战你都完成了，谢谢你！</translation>
    </message>
</context>
<context>
    <name>ImportAdvocatesDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="121"/>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="122"/>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="132"/>
        <source>Import advocates</source>
        <translation>导入大使</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="136"/>
        <source>Choose a CSV file saved as UTF-8 whose first line names the columns email, name, company, language and groups (separate several groups with a semicolon). Every row is checked first: if any row has a problem, nothing is imported.</source>
        <translation>请选择以 UTF-8 编码保存的 CSV 文件，其第一行为列名：email、name、company、language 和 groups（多个分组用英文分号分隔）。导入前会先检查每一行：只要有一行存在问题，就不会导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="148"/>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="149"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="149"/>
        <source>Choose a CSV file</source>
        <translation>选择 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="156"/>
        <source>Import message</source>
        <translation>导入提示</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="161"/>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="171"/>
        <source>First rows of the file</source>
        <translation>文件的前几行</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="181"/>
        <source>No file yet</source>
        <translation>尚未选择文件</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="182"/>
        <source>Choose a CSV file: its first rows and anything wrong with it show here before you import.</source>
        <translation>选择一个 CSV 文件：导入前，文件的前几行及其中的问题会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="194"/>
        <source>Problems found in the file</source>
        <translation>文件中发现的问题</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="199"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="202"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="219"/>
        <source>Choose a CSV file of advocates</source>
        <translation>选择包含大使信息的 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="219"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="232"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="233"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="233"/>
        <source>Its first rows show here in a moment.</source>
        <translation>文件的前几行稍后会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="250"/>
        <source>Importing %1 advocates…</source>
        <translation>正在导入 %1 位大使…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="266"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="300"/>
        <source>Every row is fine: %1 advocates are ready to import.</source>
        <translation>所有行均无问题：%1 位大使可以导入。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="307"/>
        <source>%1 row(s) have problems, listed below. Fix them in the file and choose it again; nothing will be imported until every row is fine.</source>
        <translation>有 %1 行存在问题，详见下方。请在文件中修正后重新选择；在所有行都无问题之前，不会导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="319"/>
        <source>%1 ADVOCATES IMPORTED</source>
        <translation>已导入 %1 位大使</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="320"/>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="321"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="322"/>
        <source>Imported %1 advocates.</source>
        <translation>已导入 %1 位大使。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="328"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="330"/>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="335"/>
        <source>Nothing to preview</source>
        <translation>无可预览内容</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="330"/>
        <source>Choose a CSV file to see its rows.</source>
        <translation>选择一个 CSV 文件以查看其内容。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="336"/>
        <source>Fix the file as the message above says, then choose it again.</source>
        <translation>请按上方提示修正文件，然后重新选择。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="375"/>
        <source>PREVIEW</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="378"/>
        <source>%1 ADVOCATES TO IMPORT · FIRST %2 SHOWN</source>
        <translation>待导入 %1 位大使 · 显示前 %2 位</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="383"/>
        <source>%1 ADVOCATES TO IMPORT</source>
        <translation>待导入 %1 位大使</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="392"/>
        <source>… and %1 more</source>
        <translation>…还有 %1 个</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="393"/>
        <source>%1 PROBLEM(S)</source>
        <translation>%1 个问题</translation>
    </message>
</context>
<context>
    <name>JoinScreen</name>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="199"/>
        <source>Join the advocate program</source>
        <translation>加入大使计划</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="204"/>
        <source>Your name</source>
        <translation>你的姓名</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="205"/>
        <source>Your email</source>
        <translation>你的邮箱</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="206"/>
        <source>Company (optional)</source>
        <translation>公司（选填）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="212"/>
        <source>I agree to join the program and for my details to be stored (required)</source>
        <translation>我同意加入本计划，并允许保存我的信息（必选）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="214"/>
        <source>You may contact me about the program</source>
        <translation>可以就本计划与我联系</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="215"/>
        <source>You may show my name on leaderboards and quotes</source>
        <translation>可以在排行榜和引述中显示我的姓名</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="222"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="224"/>
        <source>Join and continue</source>
        <translation>加入并继续</translation>
    </message>
</context>
<context>
    <name>KindChart</name>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="353"/>
        <source>Participation per kind</source>
        <translation>各类型参与率</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="355"/>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="362"/>
        <source>Participation</source>
        <translation>参与率</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="76"/>
        <source>%1 kiosk</source>
        <translation>%1 自助终端</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="121"/>
        <source>DEMO · sample data</source>
        <translation>演示 · 示例数据</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="123"/>
        <source>Demo program: sample data that never syncs</source>
        <translation>演示计划：示例数据，从不同步</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="126"/>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="127"/>
        <source>Staff: hold to leave kiosk mode</source>
        <translation>工作人员：长按退出自助终端模式</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="164"/>
        <source>I&apos;m still here</source>
        <translation>我还在</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="203"/>
        <source>Still there? Signing out in 1 second</source>
        <translation>还在吗？1 秒后将自动退出登录</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="205"/>
        <source>Still there? Signing out in %1 seconds</source>
        <translation>还在吗？%1 秒后将自动退出登录</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="262"/>
        <source>Welcome! Tell us a little about yourself to take part.</source>
        <translation>欢迎！简单介绍一下自己，就能参与活动。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="267"/>
        <source>That is not a member code. Type your email address, or the code on your badge (8 letters and digits).</source>
        <translation>这不是会员码。请输入你的邮箱，或胸牌上的会员码（8 位字母和数字）。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="348"/>
        <source>You earned %1 points.</source>
        <translation>你获得了 %1 积分。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="350"/>
        <source>All done.</source>
        <translation>全部完成。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="352"/>
        <source>A moderator will look at it soon; your points follow once it is approved.</source>
        <translation>管理员很快会查看，审核通过后积分即到账。</translation>
    </message>
</context>
<context>
    <name>LeaderboardPage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="89"/>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="100"/>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="131"/>
        <source>Leaderboard</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="94"/>
        <source>&amp;Jump to me</source>
        <translation>跳到我的位置(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="94"/>
        <source>Jump to my row</source>
        <translation>跳到我所在的行</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="96"/>
        <source>Scroll to your place on this board (Alt+J)</source>
        <translation>滚动到你在此榜单上的位置（Alt+J）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="106"/>
        <source>Leaderboard period</source>
        <translation>排行榜时间范围</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="113"/>
        <source>All time</source>
        <translation>总榜</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="113"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="113"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="118"/>
        <source>Board</source>
        <translation>榜单</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="121"/>
        <source>Whose board: everyone or one group</source>
        <translation>查看哪个榜单：所有人或某个分组</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="123"/>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="216"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="148"/>
        <source>Your place on this board</source>
        <translation>你在此榜单上的位置</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="156"/>
        <source>Your place on this board: click to jump to it</source>
        <translation>你在此榜单上的位置：点击即可跳转</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="240"/>
        <source>1 advocate</source>
        <translation>1 位大使</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="240"/>
        <source>%1 advocates</source>
        <translation>%1 位大使</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="258"/>
        <source>No points this week yet</source>
        <translation>本周还没有人获得积分</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="259"/>
        <source>This week&apos;s board fills as advocates complete challenges. Complete one to lead it.</source>
        <translation>大使完成挑战后，本周榜单就会热闹起来。完成一个挑战，抢先领跑！</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="262"/>
        <source>No points this month yet</source>
        <translation>本月还没有人获得积分</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="263"/>
        <source>This month&apos;s board fills as advocates complete challenges. Complete one to lead it.</source>
        <translation>大使完成挑战后，本月榜单就会热闹起来。完成一个挑战，抢先领跑！</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="265"/>
        <source>Nobody on this board yet</source>
        <translation>榜单上还没有人</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="266"/>
        <source>Advocates appear here as they earn points. Complete a challenge to be the first.</source>
        <translation>大使获得积分后会出现在这里。完成一个挑战，成为第一个上榜的人。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="272"/>
        <source>You&apos;re not on this board yet. Earn points this week to join it.</source>
        <translation>你还没有进入此榜单。本周获得积分即可上榜。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="273"/>
        <source>You&apos;re not on this board yet. Earn points this month to join it.</source>
        <translation>你还没有进入此榜单。本月获得积分即可上榜。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="274"/>
        <source>You&apos;re not on this board yet. Earn points here to join it.</source>
        <translation>你还没有进入此榜单。获得积分即可上榜。</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="151"/>
        <location filename="../../advocate_hub/ui/views/profile.py" line="167"/>
        <source>Leave the program</source>
        <translation>退出计划</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="156"/>
        <source>Leave the program?</source>
        <translation>要退出计划吗？</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="159"/>
        <source>You will receive no more challenges and disappear from leaderboards. Your points are kept, and you can rejoin at any time.</source>
        <translation>你将不再收到任何挑战，也不会出现在排行榜上。你的积分会保留，随时可以重新加入。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="168"/>
        <source>Stay</source>
        <translation>留下</translation>
    </message>
</context>
<context>
    <name>LinkForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="213"/>
        <source>Link to what you did</source>
        <translation>你的成果链接</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="219"/>
        <source>Link to your post, review or answer</source>
        <translation>你的帖子、点评或回答的链接</translation>
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
        <translation>栏目</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/main_window.py" line="134"/>
        <location filename="../../advocate_hub/ui/main_window.py" line="136"/>
        <source>Manage the program</source>
        <translation>管理计划</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/main_window.py" line="149"/>
        <source>Switch person</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/main_window.py" line="151"/>
        <location filename="../../advocate_hub/ui/main_window.py" line="167"/>
        <source>About Advocate Hub</source>
        <translation>关于 Advocate Hub</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/main_window.py" line="152"/>
        <source>Version, data folder and log file (F1)</source>
        <translation>版本、数据文件夹和日志文件（F1）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/main_window.py" line="162"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/main_window.py" line="233"/>
        <source>Signed in as %1
%2</source>
        <translation>已登录：%1
%2</translation>
    </message>
</context>
<context>
    <name>MediaForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="233"/>
        <source>Link to your video (a shared drive or an unlisted upload is fine)</source>
        <translation>你的视频链接（共享网盘或不公开的上传链接均可）</translation>
    </message>
</context>
<context>
    <name>MetricsPage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="109"/>
        <source>Metrics</source>
        <translation>数据统计</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="134"/>
        <source>Computing the metrics</source>
        <translation>正在计算统计数据</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="142"/>
        <source>Date range</source>
        <translation>日期范围</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="144"/>
        <source>Last 30 days</source>
        <translation>近 30 天</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="145"/>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="146"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="147"/>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="152"/>
        <source>First day of the range</source>
        <translation>范围起始日</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="153"/>
        <source>Last day of the range</source>
        <translation>范围结束日</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="157"/>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="478"/>
        <source>Export PDF summary</source>
        <translation>导出 PDF 摘要</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="187"/>
        <source>Asks completed</source>
        <translation>已完成挑战</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="188"/>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="244"/>
        <source>Content delivered</source>
        <translation>已交付内容</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="189"/>
        <source>Referrals (won)</source>
        <translation>推荐（已成交）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="190"/>
        <source>Average won deal</source>
        <translation>平均成交金额</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="191"/>
        <source>Redeemed a reward</source>
        <translation>兑换过奖励</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="192"/>
        <source>Opt-out rate</source>
        <translation>退出率</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="193"/>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="284"/>
        <source>At risk of over-asking</source>
        <translation>有过度邀请风险</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="213"/>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="356"/>
        <source>Asks completed per week</source>
        <translation>每周完成的挑战</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="215"/>
        <source>Nothing completed yet</source>
        <translation>尚无完成的挑战</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="215"/>
        <source>No approved submissions in this range; try a longer one.</source>
        <translation>此范围内没有通过审核的提交；试试更长的时间范围。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="228"/>
        <source>Tier distribution</source>
        <translation>等级分布</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="230"/>
        <source>No active advocates</source>
        <translation>没有活跃大使</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="230"/>
        <source>Invite advocates to see how they spread over the tiers.</source>
        <translation>邀请大使加入后，即可查看他们在各等级的分布。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="236"/>
        <source>Participation per kind</source>
        <translation>各类型参与率</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="238"/>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="275"/>
        <source>No challenges ran</source>
        <translation>没有进行中的挑战</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="238"/>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="275"/>
        <source>No challenge was open in this range.</source>
        <translation>此范围内没有开放的挑战。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="241"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="241"/>
        <source>Delivered</source>
        <translation>已交付</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="241"/>
        <source>Advocates</source>
        <translation>大使</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="241"/>
        <source>Used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="246"/>
        <source>No content yet</source>
        <translation>还没有内容</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="246"/>
        <source>Approved reviews, testimonials and case studies appear here.</source>
        <translation>通过审核的点评、证言和客户案例会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="261"/>
        <source>Challenge</source>
        <translation>挑战</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="262"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="263"/>
        <source>Participants</source>
        <translation>参与人数</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="264"/>
        <source>Submissions</source>
        <translation>提交数</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="265"/>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="266"/>
        <source>Declines</source>
        <translation>婉拒数</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="267"/>
        <source>Participation</source>
        <translation>参与率</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="273"/>
        <source>Participation per challenge</source>
        <translation>各挑战参与率</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="280"/>
        <source>Advocate</source>
        <translation>大使</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="280"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="280"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="280"/>
        <source>Asks, 30 days</source>
        <translation>挑战数（近 30 天）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="280"/>
        <source>Last ask</source>
        <translation>最近一次邀请</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="286"/>
        <source>Nobody is over-asked</source>
        <translation>没有人被过度邀请</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="286"/>
        <source>No active advocate is close to the limit of asks per 30 days.</source>
        <translation>没有活跃大使接近每 30 天的邀请上限。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="347"/>
        <source>%1 · %2 active advocates · engagement measured over the 30 days to %3</source>
        <translation>%1 · %2 位活跃大使 · 参与度按截至 %3 的 30 天计算</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="356"/>
        <source>Asks completed per month</source>
        <translation>每月完成的挑战</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="392"/>
        <source>Active advocates with at least %1 asks in the last 30 days (the limit is %2); at the limit, new asks are held back. %3 in all.</source>
        <translation>近 30 天内收到至少 %1 个挑战的活跃大使（上限为 %2 个）；达到上限后，将暂停向其发出新挑战。共 %3 人。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="469"/>
        <source>Export %1</source>
        <translation>导出“%1”</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="488"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="494"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="43"/>
        <source>Reviews</source>
        <translation>点评</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="44"/>
        <source>Written testimonials</source>
        <translation>文字证言</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="45"/>
        <source>Video testimonials</source>
        <translation>视频证言</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="46"/>
        <source>Case studies</source>
        <translation>客户案例</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="47"/>
        <source>Social shares</source>
        <translation>社交分享</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="61"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="63"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="66"/>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="95"/>
        <source>Active advocates</source>
        <translation>活跃大使</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="97"/>
        <source>%1 opted out in this range</source>
        <translation>此期间有 %1 人退出</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="100"/>
        <source>Advocates whose membership is active now (moderators and staff not counted).</source>
        <translation>当前成员资格有效的大使（不含管理员和工作人员）。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="107"/>
        <source>Engaged, 30 days</source>
        <translation>近 30 天参与</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="109"/>
        <source>%1 of %2 took part</source>
        <translation>%2 人中有 %1 人参与</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="112"/>
        <source>Active advocates with a submission in the 30 days before the end of the range (or today).</source>
        <translation>在所选范围结束日（或今天）之前 30 天内有提交的活跃大使。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="120"/>
        <source>Approval rate</source>
        <translation>通过率</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="122"/>
        <source>%1 approved, %2 rejected</source>
        <translation>通过 %1，驳回 %2</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="125"/>
        <source>Approved / (approved + rejected), over moderators&apos; decisions in the range; auto-approvals left out.</source>
        <translation>通过数 /（通过数 + 驳回数），统计范围内管理员做出的审核决定；不含自动通过。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="133"/>
        <source>Median wait</source>
        <translation>等待时长中位数</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="135"/>
        <source>over %1 decisions</source>
        <translation>基于 %1 次审核</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="136"/>
        <source>Median time from submission to a moderator&apos;s decision, for decisions made in the range.</source>
        <translation>从提交到管理员做出审核决定的时长中位数，仅统计范围内做出的决定。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="143"/>
        <source>Referral conversion</source>
        <translation>推荐转化率</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="145"/>
        <source>%1 won of %2 decided</source>
        <translation>%2 个已有结果中成交 %1 个</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="148"/>
        <source>Won / (won + lost), over referrals created in the range; open referrals do not count.</source>
        <translation>成交数 /（成交数 + 流失数），统计范围内创建的推荐；进行中的推荐不计入。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="155"/>
        <source>Advocate NPS</source>
        <translation>大使 NPS</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="157"/>
        <source>%1 responses</source>
        <translation>%1 份回复</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="158"/>
        <source>% promoters (9-10) minus % detractors (0-6), each advocate&apos;s latest answer in the range.</source>
        <translation>推荐者（9-10 分）占比减去贬损者（0-6 分）占比，取每位大使在范围内的最新回答。</translation>
    </message>
</context>
<context>
    <name>MetricsSummary</name>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="64"/>
        <source>Asks completed</source>
        <translation>已完成挑战</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="66"/>
        <source>Content delivered</source>
        <translation>已交付内容</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="69"/>
        <source>Referrals (won)</source>
        <translation>推荐（已成交）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="70"/>
        <source>Average won deal</source>
        <translation>平均成交金额</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="71"/>
        <source>Redeemed a reward</source>
        <translation>兑换过奖励</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="72"/>
        <source>Opt-out rate</source>
        <translation>退出率</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="73"/>
        <source>At risk of over-asking</source>
        <translation>有过度邀请风险</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="78"/>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="105"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="79"/>
        <source>Advocates</source>
        <translation>大使</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="86"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="87"/>
        <source>Delivered</source>
        <translation>已交付</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="88"/>
        <source>Used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="95"/>
        <source>Challenge</source>
        <translation>挑战</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="96"/>
        <source>Participants</source>
        <translation>参与人数</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="97"/>
        <source>Rate</source>
        <translation>参与率</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="104"/>
        <source>Advocate</source>
        <translation>大使</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="106"/>
        <source>Asks, 30 days</source>
        <translation>挑战数（近 30 天）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="118"/>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="157"/>
        <source>program summary</source>
        <translation>计划摘要</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="119"/>
        <source>generated</source>
        <translation>生成于</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="120"/>
        <source>ASKS COMPLETED PER</source>
        <translation>已完成挑战 · 统计周期：</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="121"/>
        <source>MORE FIGURES</source>
        <translation>更多数据</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="122"/>
        <source>TIERS</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="123"/>
        <source>CONTENT DELIVERED</source>
        <translation>已交付内容</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="124"/>
        <source>AT RISK OF OVER-ASKING</source>
        <translation>有过度邀请风险</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="125"/>
        <source>TOP CHALLENGES BY PARTICIPATION</source>
        <translation>参与度最高的挑战</translation>
    </message>
</context>
<context>
    <name>ModerationModel</name>
    <message>
        <location filename="../../advocate_hub/ui/models/moderation_model.py" line="42"/>
        <source>just now</source>
        <translation>不到 1 小时</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/moderation_model.py" line="44"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/moderation_model.py" line="45"/>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/moderation_model.py" line="123"/>
        <source>%1, %2, waiting %3</source>
        <translation>%1，%2，已等待 %3</translation>
    </message>
</context>
<context>
    <name>ModerationPage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="93"/>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="94"/>
        <source>Moderation</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="102"/>
        <source>Templates…</source>
        <translation>模板…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="103"/>
        <source>Edit message templates</source>
        <translation>编辑消息模板</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="117"/>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="408"/>
        <source>All caught up</source>
        <translation>全部处理完毕</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="118"/>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="409"/>
        <source>Nothing is waiting for a decision. New submissions appear here as advocates send them.</source>
        <translation>没有待审核的内容。大使发来新的提交后会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="120"/>
        <source>Show every submission</source>
        <translation>显示所有提交</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="189"/>
        <source>Filter by kind</source>
        <translation>按类型筛选</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="190"/>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="194"/>
        <source>Filter by challenge</source>
        <translation>按挑战筛选</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="195"/>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="349"/>
        <source>All challenges</source>
        <translation>所有挑战</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="199"/>
        <source>Search advocates by name or email</source>
        <translation>按姓名或邮箱搜索大使</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="200"/>
        <source>Advocate name or email</source>
        <translation>大使姓名或邮箱</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="205"/>
        <source>Clear search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="205"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="206"/>
        <source>Filter by waiting time</source>
        <translation>按等待时长筛选</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="218"/>
        <source>Any wait</source>
        <translation>不限等待时长</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="220"/>
        <source>Waiting %1 h or more</source>
        <translation>已等待 %1 小时以上</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="222"/>
        <source>Waiting a day or more</source>
        <translation>已等待 1 天以上</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="224"/>
        <source>Waiting a week or more</source>
        <translation>已等待 1 周以上</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="225"/>
        <source>Waiting %1 days or more</source>
        <translation>已等待 %1 天以上</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="235"/>
        <source>Pending submissions</source>
        <translation>待审核的提交</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="236"/>
        <source>J / K: next / previous · A approve · R reject · C ask for changes</source>
        <translation>J / K：下一条 / 上一条 · A 通过 · R 驳回 · C 要求修改</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="247"/>
        <source>Approve selected (0)</source>
        <translation>通过所选（0）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="249"/>
        <source>Approve every selected submission with the note as thank-you (Shift+A)</source>
        <translation>通过所有选中的提交，并将留言作为感谢发送（Shift+A）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="336"/>
        <source>1 waiting</source>
        <translation>1 条待审核</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="336"/>
        <source>%1 waiting</source>
        <translation>%1 条待审核</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="339"/>
        <source>%1 · median wait %2</source>
        <translation>%1 · 等待时长中位数 %2</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="344"/>
        <source>under 1 h</source>
        <translation>不到 1 小时</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="345"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="352"/>
        <source>Chosen challenge (0)</source>
        <translation>所选挑战（0）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="395"/>
        <source>Approve selected (%1)</source>
        <translation>通过所选（%1）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="403"/>
        <source>Nothing matches these filters</source>
        <translation>没有符合筛选条件的内容</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="404"/>
        <source>Other submissions are still waiting: show every submission to see them.</source>
        <translation>还有其他提交在等待审核：显示所有提交即可查看。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="444"/>
        <source>why it is rejected</source>
        <translation>驳回理由</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="444"/>
        <source>what should change</source>
        <translation>需要修改的内容</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="446"/>
        <source>Write %1 first: the advocate will read it. Then press Ctrl+Enter.</source>
        <translation>请先写下%1，大使会看到这段内容。然后按 Ctrl+Enter。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="451"/>
        <source>Approved %1&apos;s submission</source>
        <translation>已通过 %1 的提交</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="452"/>
        <source>Rejected %1&apos;s submission</source>
        <translation>已驳回 %1 的提交</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="453"/>
        <source>Asked %1 for changes</source>
        <translation>已要求 %1 修改</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="478"/>
        <source>Write the message first, then save it as a template.</source>
        <translation>请先写好消息，再保存为模板。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="484"/>
        <source>Saved as a template</source>
        <translation>已保存为模板</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="498"/>
        <source>Approved %1 submissions</source>
        <translation>已通过 %1 条提交</translation>
    </message>
</context>
<context>
    <name>ModeratorConfirmsForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="345"/>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="351"/>
        <source>When suits you? (optional)</source>
        <translation>什么时间方便？（选填）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="346"/>
        <source>Days and times that work for you, or anything we should know</source>
        <translation>你方便的日期和时间，或其他需要我们了解的事项</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="350"/>
        <source>The team gets in touch to set it up, and confirms once it has happened.</source>
        <translation>团队会联系你安排具体事宜，完成后会予以确认。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="355"/>
        <source>Count me in</source>
        <translation>算我一个</translation>
    </message>
</context>
<context>
    <name>NoProofForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="202"/>
        <source>Nothing to send: mark it as done when you have.</source>
        <translation>无需提交内容：完成后标记为已完成即可。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="205"/>
        <source>Mark as done</source>
        <translation>标记为已完成</translation>
    </message>
</context>
<context>
    <name>NominateDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="390"/>
        <source>Nominate someone</source>
        <translation>提名</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="393"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="393"/>
        <source>Their full name</source>
        <translation>对方全名</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="394"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="395"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="395"/>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="406"/>
        <source>They join as nominated; invite them when you are ready.</source>
        <translation>对方将以“已提名”状态加入；准备好后即可发出邀请。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="408"/>
        <source>Nominate</source>
        <translation>提名</translation>
    </message>
</context>
<context>
    <name>PeriodChart</name>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="256"/>
        <source>Asks completed per period</source>
        <translation>各时段完成的挑战</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="258"/>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="264"/>
        <source>Asks completed</source>
        <translation>已完成挑战</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="259"/>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="265"/>
        <source>Other activities</source>
        <translation>其他活动</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="37"/>
        <source>Leave kiosk mode</source>
        <translation>退出自助终端模式</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="42"/>
        <source>Staff only: enter the kiosk PIN</source>
        <translation>仅限工作人员：请输入自助终端 PIN 码</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="43"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="49"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="51"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="79"/>
        <source>Wrong PIN. 1 try left before a lock.</source>
        <translation>PIN 码错误。再错 1 次将被锁定。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="81"/>
        <source>Wrong PIN. %1 tries left before a lock.</source>
        <translation>PIN 码错误。再错 %1 次将被锁定。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="99"/>
        <source>Too many wrong tries. Locked for %1.</source>
        <translation>错误次数过多，已锁定。剩余时间 %1。</translation>
    </message>
</context>
<context>
    <name>PreviewCard</name>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="133"/>
        <source>Open</source>
        <translation>开放中</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="135"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="137"/>
        <source>Locked</source>
        <translation>未解锁</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="142"/>
        <source>Coming soon: opens %1 UTC.</source>
        <translation>即将开放：%1（UTC）开放。</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="84"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="85"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="86"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="87"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="88"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="89"/>
        <source>Groups</source>
        <translation>分组</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="187"/>
        <source>Profile</source>
        <translation>个人资料</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="202"/>
        <source>About you</source>
        <translation>关于你</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="206"/>
        <location filename="../../advocate_hub/ui/views/profile.py" line="217"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="207"/>
        <location filename="../../advocate_hub/ui/views/profile.py" line="218"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="210"/>
        <location filename="../../advocate_hub/ui/views/profile.py" line="219"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="236"/>
        <source>Consent</source>
        <translation>授权设置</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="237"/>
        <source>Publish my name</source>
        <translation>公开我的姓名</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="238"/>
        <source>The team may contact me</source>
        <translation>团队可以联系我</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="243"/>
        <source>Your name may appear on leaderboards and with the quotes, stories and case studies you give. Off: leaderboards show you as a numbered advocate.</source>
        <translation>你的姓名可能会出现在排行榜上，以及你提供的引言、故事和客户案例中。关闭后，排行榜将以编号大使的形式显示你。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="247"/>
        <source>By email or phone, about challenges, references and events.</source>
        <translation>通过邮件或电话，就挑战、客户参考和活动与你联系。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="257"/>
        <source>Asks you would rather not get</source>
        <translation>不想收到的挑战</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="260"/>
        <source>Tick what you never want to be asked for. Everything else stays open to you.</source>
        <translation>勾选你不希望收到的挑战类型，其他类型仍会向你开放。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="271"/>
        <source>Save changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="279"/>
        <source>Invite a colleague</source>
        <translation>邀请同事</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="281"/>
        <source>Share your code or link. You earn points as your referral moves along.</source>
        <translation>分享你的推荐码或链接。推荐每推进一步，你都能获得积分。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="285"/>
        <source>Referral code</source>
        <translation>推荐码</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="291"/>
        <source>Copy link</source>
        <translation>复制链接</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="299"/>
        <source>QR code of your referral link</source>
        <translation>你的推荐链接二维码</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="304"/>
        <source>Scan to open your link on a phone.</source>
        <translation>用手机扫码即可打开你的链接。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="314"/>
        <source>Membership</source>
        <translation>成员资格</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="317"/>
        <source>Leave the program</source>
        <translation>退出计划</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="319"/>
        <source>Rejoin the program</source>
        <translation>重新加入计划</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="332"/>
        <source>App language</source>
        <translation>应用语言</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="335"/>
        <source>App language on this computer</source>
        <translation>此电脑上的应用语言</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="336"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="341"/>
        <source>Screens on this computer</source>
        <translation>此电脑上的界面显示</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="353"/>
        <source>Saved. The app uses %1 the next time it opens.</source>
        <translation>已保存。下次打开应用时将使用 %1。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="394"/>
        <source>You have left the program: no challenges reach you and you are on no leaderboard. Your points are kept. Rejoin whenever you like.</source>
        <translation>你已退出计划：不会再收到挑战，也不会出现在任何排行榜上。你的积分会保留，随时欢迎重新加入。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="398"/>
        <source>You are a member. You can leave at any time, no questions asked; your points are kept.</source>
        <translation>你是计划成员。你可以随时退出，无需任何理由；你的积分会保留。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="418"/>
        <source>Signed in with %1</source>
        <translation>登录账号：%1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="437"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="449"/>
        <source>Saved. Your choices apply from now on.</source>
        <translation>已保存。你的选择即刻生效。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="488"/>
        <source>Link copied</source>
        <translation>链接已复制</translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <location filename="../../advocate_hub/ui/picker.py" line="26"/>
        <source>Who are you?</source>
        <translation>你是谁？</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/picker.py" line="31"/>
        <source>Choose your profile</source>
        <translation>选择你的身份</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/picker.py" line="32"/>
        <source>Working offline on this computer&apos;s program.</source>
        <translation>正在离线使用本机上的计划数据。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/picker.py" line="35"/>
        <source>Search by email</source>
        <translation>按邮箱搜索</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/picker.py" line="36"/>
        <source>Search people</source>
        <translation>搜索人员</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/picker.py" line="41"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/picker.py" line="48"/>
        <source>Open as the selected person</source>
        <translation>以所选人员的身份打开</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/picker.py" line="52"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ProofForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="111"/>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
</context>
<context>
    <name>ProofView</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="61"/>
        <source>Open link</source>
        <translation>打开链接</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="61"/>
        <source>Open the proof link</source>
        <translation>打开凭证链接</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="63"/>
        <source>Open the link in your browser</source>
        <translation>在浏览器中打开链接</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="99"/>
        <source>Opens in your browser</source>
        <translation>将在浏览器中打开</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="119"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="120"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="121"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="121"/>
        <source>Not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="128"/>
        <source>They agreed to be contacted.</source>
        <translation>对方已同意被联系。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="130"/>
        <source>Event code: %1</source>
        <translation>活动代码：%1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="134"/>
        <source>Nothing to check in the app: confirm with the team that it happened.</source>
        <translation>应用内无需核对：请与团队确认此事已完成。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="140"/>
        <source>This challenge needs no proof.</source>
        <translation>此挑战无需凭证。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="29"/>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="29"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="31"/>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="31"/>
        <source>%1 hours</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="32"/>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="37"/>
        <source>Status</source>
        <comment>reward category</comment>
        <translation>荣誉</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="38"/>
        <source>Access</source>
        <translation>特权</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="39"/>
        <source>Power</source>
        <translation>影响力</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="40"/>
        <source>Stuff</source>
        <translation>实物</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/leaderboard_model.py" line="103"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/leaderboard_model.py" line="104"/>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="87"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/leaderboard_model.py" line="105"/>
        <source>Advocate</source>
        <translation>大使</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/leaderboard_model.py" line="106"/>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="89"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/leaderboard_model.py" line="124"/>
        <source>%1, you</source>
        <translation>%1（你）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/leaderboard_model.py" line="126"/>
        <source>%1 tier</source>
        <translation>%1 等级</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/leaderboard_model.py" line="149"/>
        <source>Advocate #%1</source>
        <translation>大使 #%1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="50"/>
        <source>Nominated</source>
        <translation>已提名</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="51"/>
        <source>Invited</source>
        <translation>已邀请</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="52"/>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="53"/>
        <source>Opted out</source>
        <translation>已退出</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="54"/>
        <source>Alumni</source>
        <translation>往届成员</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="55"/>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="62"/>
        <source>%1 is now nominated.</source>
        <translation>%1 现已被提名。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="63"/>
        <source>%1 is now invited.</source>
        <translation>%1 现已被邀请。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="64"/>
        <source>%1 is now active.</source>
        <translation>%1 现已激活。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="65"/>
        <source>%1 has now opted out.</source>
        <translation>%1 已退出计划。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="66"/>
        <source>%1 is now an alumnus.</source>
        <translation>%1 现已成为往届成员。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="67"/>
        <source>%1 is now deactivated.</source>
        <translation>%1 现已被停用。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="74"/>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="77"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="79"/>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="80"/>
        <source>%1 days ago</source>
        <translation>%1 天前</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="85"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="86"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="88"/>
        <source>Status</source>
        <comment>roster column</comment>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="90"/>
        <source>Last active</source>
        <translation>最近活跃</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="91"/>
        <source>Asks 30d</source>
        <translation>30 天挑战数</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="151"/>
        <source>At the asking limit of %1 in 30 days</source>
        <translation>已达 30 天内 %1 个挑战的邀请上限</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <location filename="../../advocate_hub/ui/app.py" line="108"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/app.py" line="109"/>
        <location filename="../../advocate_hub/ui/workspace.py" line="31"/>
        <source>Challenges</source>
        <translation>挑战</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/app.py" line="112"/>
        <source>Leaderboard</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/app.py" line="114"/>
        <source>Badges</source>
        <translation>徽章</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/app.py" line="115"/>
        <source>Rewards</source>
        <translation>奖励</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/app.py" line="116"/>
        <source>Profile</source>
        <translation>个人资料</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/app.py" line="120"/>
        <source>Compare tiers</source>
        <translation>比较等级</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/app.py" line="260"/>
        <source>Cannot open the program</source>
        <translation>无法打开计划</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/app.py" line="263"/>
        <source>Data folder: %1
To check it, run:
  advocate-hub doctor --data-dir %1</source>
        <translation>数据文件夹：%1
如需检查，请运行：
  advocate-hub doctor --data-dir %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="37"/>
        <source>Reset the demo?</source>
        <translation>要重置演示吗？</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="38"/>
        <source>Everything done in this demo since it was seeded will be lost, and the demo starts afresh.</source>
        <translation>自演示数据生成以来的所有操作都将丢失，演示将从头开始。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="43"/>
        <source>Reset demo</source>
        <translation>重置演示</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/board_delegate.py" line="109"/>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="73"/>
        <source>Scheduled</source>
        <translation>已排期</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="74"/>
        <source>Live</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="75"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="76"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="51"/>
        <source>Nothing to send</source>
        <translation>无需提交</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="52"/>
        <source>A link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="53"/>
        <source>Written text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="54"/>
        <source>Survey answers</source>
        <translation>问卷答案</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="55"/>
        <source>Quiz answers (checked automatically)</source>
        <translation>测验答案（自动判分）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="56"/>
        <source>An event code</source>
        <translation>活动代码</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="57"/>
        <source>A referral</source>
        <translation>推荐信息</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="58"/>
        <source>A video or file link</source>
        <translation>视频或文件链接</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="59"/>
        <source>A moderator confirms</source>
        <translation>由管理员确认</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="22"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="24"/>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="26"/>
        <source>%1 days ago</source>
        <translation>%1 天前</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="69"/>
        <source>%1 columns</source>
        <translation>%1的列标题</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="129"/>
        <source>No review requests</source>
        <translation>不要点评邀请</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="130"/>
        <source>No social shares</source>
        <translation>不要社交分享</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="131"/>
        <source>No surveys or polls</source>
        <translation>不要问卷或投票</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="132"/>
        <source>No written testimonials</source>
        <translation>不要文字证言</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="133"/>
        <source>No reference calls</source>
        <translation>不要参考客户通话</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="134"/>
        <source>No referral requests</source>
        <translation>不要推荐请求</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="135"/>
        <source>No video testimonials</source>
        <translation>不要视频证言</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="136"/>
        <source>No product feedback or beta tests</source>
        <translation>不要产品反馈或内测</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="137"/>
        <source>No community answers</source>
        <translation>不要社区答疑</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="138"/>
        <source>No case studies</source>
        <translation>不要客户案例</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="139"/>
        <source>No speaking invitations</source>
        <translation>不要演讲邀请</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="140"/>
        <source>No advisory board invitations</source>
        <translation>不要顾问委员会邀请</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="142"/>
        <source>No challenges of this kind: %1</source>
        <translation>不要%1类挑战</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="73"/>
        <source>&amp;Submitted</source>
        <translation>已提交(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="74"/>
        <source>&amp;Contacted</source>
        <translation>已联系(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="75"/>
        <source>&amp;Qualified</source>
        <translation>已确认意向(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="76"/>
        <source>&amp;Won</source>
        <translation>已成交(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="77"/>
        <source>&amp;Lost</source>
        <translation>已流失(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="133"/>
        <source>%1 referrals</source>
        <translation>%1阶段的推荐</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_cards.py" line="36"/>
        <source>Referred by %1</source>
        <translation>推荐人：%1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_cards.py" line="38"/>
        <source>Deal: %1</source>
        <translation>交易：%1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="79"/>
        <source>%1 points</source>
        <translation>%1 积分</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="31"/>
        <source>Thank-you notes</source>
        <translation>感谢留言</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="32"/>
        <source>Rejection reasons</source>
        <translation>驳回理由</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="33"/>
        <source>Change requests</source>
        <translation>修改请求</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/workspace.py" line="30"/>
        <source>Moderation</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/workspace.py" line="32"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/workspace.py" line="33"/>
        <source>Advocates</source>
        <translation>大使</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/workspace.py" line="34"/>
        <source>Rewards desk</source>
        <translation>奖励发放</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/workspace.py" line="35"/>
        <source>Referrals</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/workspace.py" line="36"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/workspace.py" line="37"/>
        <source>Metrics</source>
        <translation>数据统计</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="125"/>
        <source>Requested</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="125"/>
        <source>Advocate</source>
        <translation>大使</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="125"/>
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="125"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="125"/>
        <source>Waiting</source>
        <translation>已等待</translation>
    </message>
</context>
<context>
    <name>QuizForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="422"/>
        <source>Check my answers</source>
        <translation>核对我的答案</translation>
    </message>
</context>
<context>
    <name>RedeemDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="88"/>
        <source>Redeem a reward</source>
        <translation>兑换奖励</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="93"/>
        <source>Redeem %1?</source>
        <translation>要兑换“%1”吗？</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="98"/>
        <source>A moderator confirms your request. If it is cancelled, your points come back.</source>
        <translation>管理员会确认你的申请。如果申请被取消，积分将退还给你。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="106"/>
        <source>Redeem for %1</source>
        <translation>花费 %1 兑换</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="108"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="118"/>
        <source>You have %1 points; after this you will have %2.</source>
        <translation>你现有 %1 积分，兑换后将剩余 %2 积分。</translation>
    </message>
</context>
<context>
    <name>RedemptionsModel</name>
    <message>
        <location filename="../../advocate_hub/ui/models/rewards_model.py" line="50"/>
        <location filename="../../advocate_hub/ui/models/rewards_model.py" line="70"/>
        <source>Requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/rewards_model.py" line="51"/>
        <source>Fulfilled</source>
        <translation>已发放</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/rewards_model.py" line="52"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/rewards_model.py" line="70"/>
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/rewards_model.py" line="70"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/rewards_model.py" line="70"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/rewards_model.py" line="70"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ReferralBoardPage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="252"/>
        <source>Referrals</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="254"/>
        <source>Value of won deals</source>
        <translation>成交总额</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="255"/>
        <source>Won so far</source>
        <translation>累计成交</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="262"/>
        <source>Drag a card to its next stage, or select it and press Ctrl+M (or Ctrl+Shift and the stage&apos;s first letter). Won deals ask for their value.</source>
        <translation>将卡片拖到下一阶段，或选中后按 Ctrl+M（也可按 Ctrl+Shift 加阶段名后括号中的字母）。标记为成交时需填写交易金额。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="271"/>
        <source>Move to…</source>
        <translation>移至…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="273"/>
        <source>Move the selected referral (Ctrl+M)</source>
        <translation>移动所选推荐（Ctrl+M）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="327"/>
        <source>%1 in won deals</source>
        <translation>成交金额 %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="410"/>
        <source>%1 moved to %2.</source>
        <translation>已将 %1 移至“%2”。</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="303"/>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="304"/>
        <source>Their name</source>
        <translation>对方姓名</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="305"/>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="306"/>
        <source>Their email</source>
        <translation>对方邮箱</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="307"/>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="308"/>
        <source>Their company (optional)</source>
        <translation>对方公司（选填）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="309"/>
        <source>They agreed to be contacted</source>
        <translation>对方已同意被联系</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="321"/>
        <source>Send referral</source>
        <translation>发送推荐</translation>
    </message>
</context>
<context>
    <name>RequestPanel</name>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="50"/>
        <source>Selected request</source>
        <translation>所选申请</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="58"/>
        <source>Note to the advocate</source>
        <translation>给大使的留言</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="61"/>
        <source>Note to the advocate, or why the request is cancelled</source>
        <translation>给大使的留言，或取消申请的原因</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="62"/>
        <source>Optional when fulfilling; required when cancelling.</source>
        <translation>发放时选填；取消时必填。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="71"/>
        <source>Fulfil</source>
        <translation>发放</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="73"/>
        <source>Mark as fulfilled (Ctrl+Enter)</source>
        <translation>标记为已发放（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="74"/>
        <source>Cancel with refund</source>
        <translation>取消并退还积分</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="75"/>
        <source>Cancel the request and give the points back</source>
        <translation>取消申请并退还积分</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="90"/>
        <source>Nothing selected</source>
        <translation>未选择</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="92"/>
        <source>Pick a request in the queue to fulfil or cancel it.</source>
        <translation>在队列中选择一个申请进行发放或取消。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="98"/>
        <source>%1 for %2 points</source>
        <translation>%1，%2 积分</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="102"/>
        <source>Requested %1, waiting %2</source>
        <translation>申请于 %1，已等待 %2</translation>
    </message>
</context>
<context>
    <name>ReverseEntryDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="460"/>
        <source>Reverse %1 points?</source>
        <translation>要冲销 %1 积分吗？</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="463"/>
        <source>For example: granted twice by mistake</source>
        <translation>例如：误发了两次</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="464"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="465"/>
        <source>Reverse</source>
        <translation>冲销</translation>
    </message>
</context>
<context>
    <name>RewardCard</name>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="156"/>
        <source>Redeem</source>
        <translation>兑换</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="185"/>
        <source>%1 tier</source>
        <translation>%1 等级</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="187"/>
        <source>For %1 tier and above</source>
        <translation>限 %1 及以上等级</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="190"/>
        <source>Unlimited</source>
        <translation>不限量</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="192"/>
        <source>Out of stock</source>
        <translation>已兑完</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocate_hub/ui/views/rewards.py" line="194"/>
        <source>%n left</source>
        <translation>
            <numerusform>剩 %n 份</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="202"/>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="203"/>
        <source>Redeem %1</source>
        <translation>兑换“%1”</translation>
    </message>
</context>
<context>
    <name>RewardForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="48"/>
        <source>e.g. 500</source>
        <translation>例如 500</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="50"/>
        <source>Unlimited</source>
        <translation>不限量</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="51"/>
        <source>Units left; leave empty for an unlimited reward</source>
        <translation>剩余数量；留空表示不限量</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="61"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="62"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="63"/>
        <source>Incentive</source>
        <translation>激励类型</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="64"/>
        <source>Unlocks at tier</source>
        <translation>解锁等级</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="65"/>
        <source>Cost in points</source>
        <translation>所需积分</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="66"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="94"/>
        <source>Save reward</source>
        <translation>保存奖励</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="96"/>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="123"/>
        <source>Retire</source>
        <translation>下架</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="112"/>
        <source>Edit reward</source>
        <translation>编辑奖励</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="112"/>
        <source>New reward</source>
        <translation>新建奖励</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="123"/>
        <source>Offer again</source>
        <translation>重新上架</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="129"/>
        <source>The cost must be a whole number of points.</source>
        <translation>所需积分必须是整数。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="134"/>
        <source>Stock must be a whole number, or empty for unlimited.</source>
        <translation>库存必须是整数，或留空表示不限量。</translation>
    </message>
</context>
<context>
    <name>RewardsPage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="276"/>
        <source>Rewards</source>
        <translation>奖励</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="278"/>
        <source>Points to spend</source>
        <translation>可用积分</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="279"/>
        <source>You have</source>
        <translation>可用积分</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="283"/>
        <source>Spend your points on recognition, access, influence or things to keep.</source>
        <translation>用积分兑换荣誉、特权、影响力或实物好礼。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="313"/>
        <source>No rewards yet</source>
        <translation>还没有奖励</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="314"/>
        <source>The program has not put any rewards up yet. Keep earning: your points wait for you.</source>
        <translation>本计划还没有上架任何奖励。继续赚积分吧，积分会一直为你保留。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="319"/>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="323"/>
        <source>My redemptions</source>
        <translation>我的兑换</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="335"/>
        <source>Redemption columns</source>
        <translation>兑换记录的列标题</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="343"/>
        <source>Nothing redeemed yet. Your requests and where they stand appear here.</source>
        <translation>还没有兑换记录。你的兑换申请及其进度会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="357"/>
        <source>Status</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="358"/>
        <source>Access</source>
        <translation>特权</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="359"/>
        <source>Power</source>
        <translation>影响力</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="360"/>
        <source>Stuff</source>
        <translation>实物</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="365"/>
        <source>Public recognition: a spotlight, a stage, your name in front of peers.</source>
        <translation>公开表彰：专题展示、登台机会，让同行认识你。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="366"/>
        <source>Be first and backstage: new features, events, the people behind them.</source>
        <translation>抢先体验、深入幕后：新功能、活动，以及背后的团队。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="367"/>
        <source>Shape what comes next: the roadmap, our blog, an advisory seat.</source>
        <translation>影响未来方向：产品路线图、我们的博客、顾问席位。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="368"/>
        <source>Things to keep: swag and gift cards.</source>
        <translation>实实在在的好礼：周边和礼品卡。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="439"/>
        <source>Requested. A moderator will confirm it soon.</source>
        <translation>已提交申请，管理员很快会确认。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="447"/>
        <source>Something went wrong.</source>
        <translation>出了点问题。</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="111"/>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="115"/>
        <source>Set up this kiosk</source>
        <translation>设置此自助终端</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="116"/>
        <source>Event name, as visitors know it</source>
        <translation>活动名称（访客熟悉的叫法）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="118"/>
        <source>Event code (of its check-in challenge)</source>
        <translation>活动代码（对应签到挑战）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="120"/>
        <source>Exit PIN (4 to 12 digits)</source>
        <translation>退出 PIN 码（4 至 12 位数字）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="121"/>
        <source>The PIN again</source>
        <translation>再次输入 PIN 码</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="127"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="129"/>
        <source>Start the kiosk</source>
        <translation>启动自助终端</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="139"/>
        <source>The two PINs differ.</source>
        <translation>两次输入的 PIN 码不一致。</translation>
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
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="114"/>
        <source>Sign in to Advocate Hub</source>
        <translation>登录 Advocate Hub</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="130"/>
        <source>Your program isn&apos;t on this computer yet: sign in to fetch it from your program&apos;s server.</source>
        <translation>此电脑上还没有你的计划：请登录，从计划服务器获取。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="132"/>
        <source>Sync your points and challenges with your program&apos;s server, or keep working offline.</source>
        <translation>将你的积分和挑战与计划服务器同步，或继续离线使用。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="139"/>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="141"/>
        <location filename="../../advocate_hub/ui/signin.py" line="147"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="143"/>
        <location filename="../../advocate_hub/ui/signin.py" line="148"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="146"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="156"/>
        <source>Sign-in message</source>
        <translation>登录提示</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="161"/>
        <source>Signing in</source>
        <translation>正在登录</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="170"/>
        <source>Work offline</source>
        <translation>离线使用</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="170"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="210"/>
        <source>Fill in the server address, your email and your password.</source>
        <translation>请填写服务器地址、你的邮箱和密码。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="215"/>
        <source>Signing in to %1…</source>
        <translation>正在登录 %1…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="235"/>
        <source>You&apos;re signed in for this session only: this computer has no password store (keyring), so you&apos;ll be asked again next time.</source>
        <translation>仅在本次会话中保持登录：此电脑没有密码存储（密钥环），下次启动时需要重新登录。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="243"/>
        <location filename="../../advocate_hub/ui/signin.py" line="244"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="264"/>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="159"/>
        <source>Welcome! Who are you?</source>
        <translation>欢迎！请问你是？</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="160"/>
        <source>Type your email or member code, or scan your code.</source>
        <translation>输入你的邮箱或会员码，或扫描你的会员码。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="161"/>
        <source>Email or member code</source>
        <translation>邮箱或会员码</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="167"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="169"/>
        <source>New here? Join</source>
        <translation>第一次来？立即加入</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="171"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>StageList</name>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="209"/>
        <source>No referrals here</source>
        <translation>此阶段暂无推荐</translation>
    </message>
</context>
<context>
    <name>SubmissionDetail</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="206"/>
        <source>PROOF</source>
        <translation>凭证</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="214"/>
        <source>NOTE TO THE ADVOCATE</source>
        <translation>给大使的留言</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="217"/>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="218"/>
        <source>Insert a saved message</source>
        <translation>插入已保存的消息</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="225"/>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="226"/>
        <source>Save the note as a template</source>
        <translation>将留言保存为模板</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="232"/>
        <source>Save as a thank-you note</source>
        <translation>保存为感谢留言</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="233"/>
        <source>Save as a reason to reject</source>
        <translation>保存为驳回理由</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="234"/>
        <source>Save as a change request</source>
        <translation>保存为修改请求</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="244"/>
        <source>Note to the advocate</source>
        <translation>给大使的留言</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="246"/>
        <source>A thank-you, or the reason for a rejection or a change request. Ctrl+Enter sends it.</source>
        <translation>写下感谢的话，或驳回、要求修改的理由。按 Ctrl+Enter 发送。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="258"/>
        <source>&amp;Approve</source>
        <translation>通过(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="260"/>
        <source>Approve with the note as thank-you (A)</source>
        <translation>通过，并将留言作为感谢发送（A）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="261"/>
        <source>Request &amp;changes</source>
        <translation>要求修改(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="263"/>
        <source>Send it back with the note saying what to change (C)</source>
        <translation>退回，并在留言中说明需要修改的内容（C）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="264"/>
        <source>&amp;Reject</source>
        <translation>驳回(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="266"/>
        <source>Reject with the note as the reason (R)</source>
        <translation>驳回，并将留言作为理由（R）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="280"/>
        <source>In the list: J / K move · A approve · R reject · C request changes. Ctrl+Enter in the note sends.</source>
        <translation>在列表中：J / K 切换 · A 通过 · R 驳回 · C 要求修改。在留言中按 Ctrl+Enter 发送。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="297"/>
        <source>This is your own submission: another moderator decides it.</source>
        <translation>这是你自己的提交，需由其他管理员审核。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="319"/>
        <source>%1 · sent %2 · waiting %3</source>
        <translation>%1 · 提交于 %2 · 已等待 %3</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="330"/>
        <source>The advocate confirmed they disclose the reward.</source>
        <translation>大使已确认会声明自己获得了奖励。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="345"/>
        <source>Insert a saved message…</source>
        <translation>插入已保存的消息…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="348"/>
        <source>Thank-you notes</source>
        <translation>感谢留言</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="349"/>
        <source>Reasons to reject</source>
        <translation>驳回理由</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="350"/>
        <source>Change requests</source>
        <translation>修改请求</translation>
    </message>
</context>
<context>
    <name>SurveyForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="457"/>
        <source>Answer to question %1</source>
        <translation>第 %1 题的回答</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="475"/>
        <source>Question %1: score %2 of 10</source>
        <translation>第 %1 题：%2 分（满分 10 分）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="486"/>
        <source>Not at all likely</source>
        <translation>完全不可能</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="488"/>
        <source>Extremely likely</source>
        <translation>极有可能</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="494"/>
        <source>Send answers</source>
        <translation>提交答案</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="266"/>
        <source>Demo program, never synced</source>
        <translation>演示计划，从不同步</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="266"/>
        <source>Offline, local program</source>
        <translation>离线，本地计划</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="268"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="270"/>
        <source>Signed out</source>
        <translation>已退出登录</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="272"/>
        <source>Syncing… %1%</source>
        <translation>正在同步… %1%</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="278"/>
        <source>1 change waiting</source>
        <translation>1 项更改待上传</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="280"/>
        <source>%1 changes waiting</source>
        <translation>%1 项更改待上传</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="283"/>
        <source>Synced %1</source>
        <translation>已同步（%1）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="285"/>
        <source>Signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="294"/>
        <source>The demo program is sample data: it never syncs with a server.</source>
        <translation>演示计划为示例数据：从不与服务器同步。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="295"/>
        <source>This program lives only on this computer: there is no server to sync with.</source>
        <translation>此计划仅保存在这台电脑上：没有可同步的服务器。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="297"/>
        <source>Server: %1 as %2</source>
        <translation>服务器：%1，账号 %2</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="299"/>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="302"/>
        <source>Last synced %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="304"/>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="309"/>
        <source>1 local change waiting to be sent</source>
        <translation>1 项本地更改等待上传</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="311"/>
        <source>%1 local changes waiting to be sent</source>
        <translation>%1 项本地更改等待上传</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="307"/>
        <source>Nothing waiting to be sent</source>
        <translation>没有等待上传的更改</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="71"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="73"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="75"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="78"/>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="79"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="85"/>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="86"/>
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="90"/>
        <source>Your clock is off by %1: server times are used</source>
        <translation>你的电脑时钟偏差 %1：将使用服务器时间</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="99"/>
        <source>Signed out — sign in again</source>
        <translation>已退出登录 — 请重新登录</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="101"/>
        <source>Server unreachable — will retry</source>
        <translation>无法连接服务器 — 将自动重试</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="103"/>
        <source>The server is newer than this app — update Advocate Hub</source>
        <translation>服务器版本比本应用新 — 请更新 Advocate Hub</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="111"/>
        <source>The server had a problem — will retry</source>
        <translation>服务器出现问题 — 将自动重试</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="113"/>
        <source>Sync refused: %1</source>
        <translation>同步被拒绝：%1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="406"/>
        <source>Sync status</source>
        <translation>同步状态</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="410"/>
        <source>Sync progress</source>
        <translation>同步进度</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="416"/>
        <location filename="../../advocate_hub/ui/sync_status.py" line="457"/>
        <location filename="../../advocate_hub/ui/sync_status.py" line="458"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="420"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="421"/>
        <source>Sign out of the server</source>
        <translation>退出服务器登录</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="422"/>
        <source>Stop syncing and forget this sign-in on this computer</source>
        <translation>停止同步，并在此电脑上清除本次登录信息</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="453"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="454"/>
        <source>Sign in to sync</source>
        <translation>登录以同步</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="455"/>
        <source>Sign in to the server to sync (F5)</source>
        <translation>登录服务器以同步（F5）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="459"/>
        <source>Send local changes and fetch the server&apos;s (F5)</source>
        <translation>上传本地更改并获取服务器上的更新（F5）</translation>
    </message>
</context>
<context>
    <name>TableCard</name>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_tables.py" line="82"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_tables.py" line="84"/>
        <source>Export %1 as CSV</source>
        <translation>将“%1”导出为 CSV</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="44"/>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="51"/>
        <source>Message templates</source>
        <translation>消息模板</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="54"/>
        <source>Kind of message</source>
        <translation>消息类型</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="63"/>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="68"/>
        <source>Template title</source>
        <translation>模板标题</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="71"/>
        <source>Template text</source>
        <translation>模板内容</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="73"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="74"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="76"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="77"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="78"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="88"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="114"/>
        <source>%1 (built in)</source>
        <translation>%1（内置）</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="144"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="155"/>
        <source>Deleted.</source>
        <translation>已删除。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="166"/>
        <source>That did not work.</source>
        <translation>操作未成功。</translation>
    </message>
</context>
<context>
    <name>TextForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="243"/>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="248"/>
        <source>Your words</source>
        <translation>你的内容</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="244"/>
        <source>In your own words…</source>
        <translation>用你自己的话说说…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="259"/>
        <source>%1 characters · at least %2</source>
        <translation>%1 字 · 至少 %2 字</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="265"/>
        <source>%1 of %2 characters</source>
        <translation>%1 / %2 字</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="540"/>
        <source>More challenges</source>
        <translation>更多挑战</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="542"/>
        <source>Sign me out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="552"/>
        <source>Thank you, %1!</source>
        <translation>谢谢你，%1！</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="552"/>
        <source>Thank you!</source>
        <translation>谢谢你！</translation>
    </message>
</context>
<context>
    <name>TierChart</name>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="296"/>
        <source>Tier distribution</source>
        <translation>等级分布</translation>
    </message>
</context>
<context>
    <name>TierComparePage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="86"/>
        <source>Compare tiers</source>
        <translation>比较等级</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="90"/>
        <source>What each tier unlocks in this program, from its own rules, challenges and rewards. Every tier keeps everything below it.</source>
        <translation>根据本计划自身的规则、挑战和奖励，列出每个等级可解锁的内容。每个等级都包含其以下所有等级的权益。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="113"/>
        <source>View as %1</source>
        <translation>以 %1 视角查看</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="115"/>
        <source>View the app as a %1 advocate</source>
        <translation>以 %1 等级大使的视角查看应用</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="153"/>
        <source>From %1 lifetime points</source>
        <translation>累计积分达 %1 起</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="155"/>
        <source>Where everyone starts</source>
        <translation>所有人的起点</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="162"/>
        <source>and a high-barrier challenge completed</source>
        <translation>并完成一个高门槛挑战</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="164"/>
        <source>and %1 high-barrier challenges completed</source>
        <translation>并完成 %1 个高门槛挑战</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="169"/>
        <source>1 advocate</source>
        <translation>1 位大使</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="169"/>
        <source>%1 advocates</source>
        <translation>%1 位大使</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="174"/>
        <source>Viewing as</source>
        <translation>当前视角</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="183"/>
        <source>BENEFITS</source>
        <translation>权益</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="189"/>
        <source>CHALLENGES</source>
        <translation>挑战</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="194"/>
        <source>open to this tier</source>
        <translation>个向此等级开放</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="208"/>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="228"/>
        <source>NEW AT THIS TIER</source>
        <translation>此等级新增</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="208"/>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="228"/>
        <source>TO START WITH</source>
        <translation>初始可用</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="212"/>
        <source>Every challenge is already open.</source>
        <translation>所有挑战均已开放。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="216"/>
        <source>REWARDS</source>
        <translation>奖励</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="224"/>
        <source>to redeem with points</source>
        <translation>项可用积分兑换</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="233"/>
        <source>%1 · %2 pts</source>
        <translation>%1 · %2 积分</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="241"/>
        <source>and %1 more</source>
        <translation>还有 %1 项</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="257"/>
        <source>Low</source>
        <translation>低门槛</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="258"/>
        <source>Medium</source>
        <translation>中门槛</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="259"/>
        <source>High</source>
        <translation>高门槛</translation>
    </message>
</context>
<context>
    <name>TierMark</name>
    <message>
        <location filename="../../advocate_hub/ui/widgets.py" line="127"/>
        <source>%1 tier</source>
        <translation>%1 等级</translation>
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
        <translation>导览</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/tour.py" line="63"/>
        <source>Skip tour</source>
        <translation>跳过导览</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/tour.py" line="67"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/tour.py" line="70"/>
        <location filename="../../advocate_hub/ui/tour.py" line="134"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/tour.py" line="128"/>
        <source>TOUR · STEP %1 OF %2</source>
        <translation>导览 · 第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/tour.py" line="134"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/tour.py" line="135"/>
        <source>Finish the tour</source>
        <translation>完成导览</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/tour.py" line="135"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="26"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="27"/>
        <source>Silver</source>
        <translation>白银</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="28"/>
        <source>Gold</source>
        <translation>黄金</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="29"/>
        <source>Platinum</source>
        <translation>铂金</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="36"/>
        <source>Points earned</source>
        <translation>获得积分</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="37"/>
        <source>Bonus</source>
        <translation>奖励积分</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="38"/>
        <source>Adjustment</source>
        <translation>积分调整</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="39"/>
        <source>Reversal</source>
        <translation>冲销</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="40"/>
        <source>Points spent</source>
        <translation>消费积分</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="46"/>
        <source>Waiting for a moderator</source>
        <translation>等待管理员审核</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="47"/>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="48"/>
        <source>Not approved</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="49"/>
        <source>Changes requested</source>
        <translation>需修改</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="60"/>
        <source>%1; %2</source>
        <comment>two items of a list</comment>
        <translation>%1；%2</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="67"/>
        <source>Review on a third-party site</source>
        <translation>第三方网站点评</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="68"/>
        <source>Social share</source>
        <translation>社交分享</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="69"/>
        <source>Survey or poll</source>
        <translation>问卷或投票</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="70"/>
        <source>Quiz or trivia</source>
        <translation>测验或知识问答</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="71"/>
        <source>Watch or read</source>
        <translation>观看或阅读</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="72"/>
        <source>Event check-in</source>
        <translation>活动签到</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="73"/>
        <source>Written testimonial</source>
        <translation>文字证言</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="74"/>
        <source>Reference call</source>
        <translation>参考客户通话</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="75"/>
        <source>Referral</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="76"/>
        <source>Video testimonial</source>
        <translation>视频证言</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="77"/>
        <source>Product feedback or beta</source>
        <translation>产品反馈或内测</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="78"/>
        <source>Community answer</source>
        <translation>社区答疑</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="79"/>
        <source>Case study</source>
        <translation>客户案例</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="80"/>
        <source>Speaking slot</source>
        <translation>演讲机会</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="81"/>
        <source>Advisory board</source>
        <translation>顾问委员会</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="97"/>
        <source>Your membership is not active, so no challenges are open to you; see your profile.</source>
        <translation>你的成员资格当前未生效，因此没有可参与的挑战；请查看你的个人资料。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="101"/>
        <source>This challenge has been archived.</source>
        <translation>此挑战已归档。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="103"/>
        <source>Opens on %1.</source>
        <translation>将于 %1 开放。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="105"/>
        <source>Closed on %1.</source>
        <translation>已于 %1 截止。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="107"/>
        <source>You asked not to receive challenges of this kind (%1); see your profile.</source>
        <translation>你已选择不接收此类挑战（%1）；请查看你的个人资料。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="111"/>
        <source>Unlocks at %1 tier.</source>
        <translation>达到 %1 等级后解锁。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="113"/>
        <source>This challenge is for another group of advocates.</source>
        <translation>此挑战面向其他分组的大使。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="116"/>
        <source>You have done this once, the most it allows.</source>
        <translation>你已完成此挑战 1 次，已达上限。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="117"/>
        <source>You have done this %1 times, the most it allows.</source>
        <translation>你已完成此挑战 %1 次，已达上限。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="121"/>
        <source>You have taken on many asks in the last 30 days; we hold new ones back so nobody is over-asked.</source>
        <translation>你在近 30 天内已接受了较多挑战；为避免过度邀请，我们暂缓向你推送新的挑战。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="130"/>
        <source>Unlocks at %1 tier</source>
        <translation>达到 %1 等级后解锁</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="132"/>
        <source>Out of stock</source>
        <translation>已兑完</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="134"/>
        <source>%1 more points needed</source>
        <translation>还差 %1 积分</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="143"/>
        <source>You reached %1!</source>
        <translation>你已升至 %1 等级！</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="145"/>
        <source>Badge unlocked</source>
        <translation>徽章已解锁</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="148"/>
        <source>%1 points back</source>
        <translation>退还 %1 积分</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="149"/>
        <source>%1 points</source>
        <translation>%1 积分</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="152"/>
        <source>Approved: %1</source>
        <translation>已通过：%1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="153"/>
        <source>Not approved: %1</source>
        <translation>未通过：%1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="154"/>
        <source>Changes requested: %1</source>
        <translation>需修改：%1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="164"/>
        <source>New challenges and rewards are open.</source>
        <translation>新的挑战和奖励已开放。</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="166"/>
        <source>Your balance is now %1.</source>
        <translation>你的积分余额现为 %1。</translation>
    </message>
</context>
<context>
    <name>_Dialog</name>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="370"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="380"/>
        <source>Reason (required)</source>
        <translation>原因（必填）</translation>
    </message>
</context>
<context>
    <name>_QuestionsForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="373"/>
        <source>Questions</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="394"/>
        <source>Question %1: %2</source>
        <translation>第 %1 题：%2</translation>
    </message>
</context>
</TS>
