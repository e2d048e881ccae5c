<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/about.py" line="34"/>
        <source>About Advocate Hub</source>
        <translation>Perihal Advocate Hub</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/about.py" line="38"/>
        <source>Advocate Hub</source>
        <translation>Advocate Hub</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/about.py" line="39"/>
        <source>Run a customer-advocate program: challenges, points, tiers and rewards.</source>
        <translation>Jalankan program penyokong pelanggan: cabaran, mata, peringkat dan ganjaran.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/about.py" line="45"/>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/about.py" line="46"/>
        <source>Data folder</source>
        <translation>Folder data</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/about.py" line="47"/>
        <source>Log file</source>
        <translation>Fail log</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/about.py" line="48"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/about.py" line="49"/>
        <source>Licence</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/about.py" line="63"/>
        <source>Copy details</source>
        <translation>Salin butiran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/about.py" line="65"/>
        <source>Copy these details for a support request</source>
        <translation>Salin butiran ini untuk permintaan sokongan</translation>
    </message>
</context>
<context>
    <name>AdjustPointsDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="429"/>
        <source>Adjust points for %1</source>
        <translation>Laraskan mata untuk %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="432"/>
        <source>Points to add; negative to take away</source>
        <translation>Mata untuk ditambah; nilai negatif untuk ditolak</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="435"/>
        <source>For example: hosted the Berlin meetup</source>
        <translation>Contohnya: menganjurkan pertemuan di Berlin</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="436"/>
        <source>Points</source>
        <translation>Mata</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="437"/>
        <source>Reason</source>
        <translation>Sebab</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="438"/>
        <source>The advocate sees the reason with the entry.</source>
        <translation>Penyokong akan melihat sebab ini bersama catatan tersebut.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="439"/>
        <source>Adjust</source>
        <translation>Laraskan</translation>
    </message>
</context>
<context>
    <name>AdvocateHistoryPanel</name>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="105"/>
        <source>Choose an advocate</source>
        <translation>Pilih penyokong</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="106"/>
        <source>Select someone in the table to see their history and act on their membership or points.</source>
        <translation>Pilih seseorang dalam jadual untuk melihat sejarah mereka dan mengurus keahlian atau mata mereka.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="134"/>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="189"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="135"/>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="186"/>
        <source>Points</source>
        <translation>Mata</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="136"/>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="137"/>
        <source>Groups</source>
        <translation>Kumpulan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="157"/>
        <source>Adjust points…</source>
        <translation>Laras mata…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="159"/>
        <source>Reverse entry…</source>
        <translation>Balikkan…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="161"/>
        <source>Reverse the points entry selected under Points</source>
        <translation>Balikkan catatan mata yang dipilih di bawah Mata</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="162"/>
        <source>Export data…</source>
        <translation>Eksport data…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="164"/>
        <source>Erase…</source>
        <translation>Padam…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="177"/>
        <source>History</source>
        <translation>Sejarah</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="180"/>
        <source>Which history to show</source>
        <translation>Sejarah yang hendak dipaparkan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="186"/>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="201"/>
        <source>Points entries</source>
        <translation>Catatan mata</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="186"/>
        <source>Reason</source>
        <translation>Sebab</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="186"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="189"/>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="202"/>
        <source>Submissions</source>
        <translation>Serahan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="189"/>
        <source>Challenge</source>
        <translation>Cabaran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="189"/>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="193"/>
        <source>Sent</source>
        <translation>Dihantar</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="191"/>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="203"/>
        <source>Badges</source>
        <translation>Lencana</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="191"/>
        <source>Badge</source>
        <translation>Lencana</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="191"/>
        <source>Earned</source>
        <translation>Diperoleh</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="193"/>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="204"/>
        <source>Referrals</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="193"/>
        <source>Referred</source>
        <translation>Dirujuk</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="193"/>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="196"/>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="205"/>
        <source>Status changes</source>
        <translation>Perubahan status</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="196"/>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="196"/>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="196"/>
        <source>When</source>
        <translation>Bila</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="274"/>
        <source>Erased on %1</source>
        <translation>Dipadam pada %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="277"/>
        <source>%1 to spend · %2 earned in all</source>
        <translation>Baki %1 · Jumlah diperoleh %2</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="282"/>
        <source>None</source>
        <translation>Tiada</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="319"/>
        <source>May publish their name and may be contacted</source>
        <translation>Nama boleh diterbitkan dan boleh dihubungi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="321"/>
        <source>May publish their name; not to be contacted</source>
        <translation>Nama boleh diterbitkan; tidak boleh dihubungi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="324"/>
        <source>Name not to be published; may be contacted</source>
        <translation>Nama tidak boleh diterbitkan; boleh dihubungi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="326"/>
        <source>Name not to be published and not to be contacted</source>
        <translation>Nama tidak boleh diterbitkan dan tidak boleh dihubungi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="332"/>
        <source>%1 (reversed)</source>
        <translation>%1 (dibalikkan)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="334"/>
        <source>Reversal: %1</source>
        <translation>Pembalikan: %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="339"/>
        <source>Joined as %1</source>
        <translation>Menyertai sebagai %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="341"/>
        <source>Personal data erased</source>
        <translation>Data peribadi dipadam</translation>
    </message>
</context>
<context>
    <name>AdvocatesPage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="243"/>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="394"/>
        <source>Advocates</source>
        <translation>Penyokong</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="248"/>
        <source>Import CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="250"/>
        <source>Import advocates from a CSV file</source>
        <translation>Import penyokong daripada fail CSV</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="253"/>
        <source>Nominate…</source>
        <translation>Calonkan…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="255"/>
        <source>Nominate someone for the program</source>
        <translation>Calonkan seseorang untuk program ini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="303"/>
        <source>%1 is nominated; invite them when you are ready.</source>
        <translation>%1 telah dicalonkan; jemput mereka apabila anda bersedia.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="334"/>
        <source>Show them</source>
        <translation>Paparkan mereka</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="346"/>
        <source>Search advocates by name or email</source>
        <translation>Cari penyokong mengikut nama atau e-mel</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="347"/>
        <source>Search by name or email</source>
        <translation>Cari mengikut nama atau e-mel</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="352"/>
        <source>Sort advocates by</source>
        <translation>Isih penyokong mengikut</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="354"/>
        <source>Sort: name</source>
        <translation>Isih: nama</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="355"/>
        <source>Sort: points</source>
        <translation>Isih: mata</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="356"/>
        <source>Sort: last active</source>
        <translation>Isih: aktiviti terakhir</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="357"/>
        <source>Sort: asks in 30 days</source>
        <translation>Isih: cabaran dalam 30 hari</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="363"/>
        <source>Filter by tier</source>
        <translation>Tapis mengikut peringkat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="364"/>
        <source>All tiers</source>
        <translation>Semua peringkat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="366"/>
        <source>Filter by group</source>
        <translation>Tapis mengikut kumpulan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="366"/>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="549"/>
        <source>All groups</source>
        <translation>Semua kumpulan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="369"/>
        <source>Filter by status</source>
        <translation>Tapis mengikut status</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="370"/>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="374"/>
        <source>Filter by days without activity</source>
        <translation>Tapis mengikut hari tanpa aktiviti</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="375"/>
        <source>Any activity</source>
        <translation>Sebarang aktiviti</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="376"/>
        <source>Idle %1+ days</source>
        <translation>Tidak aktif %1+ hari</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="380"/>
        <source>Filter by asks in the last 30 days</source>
        <translation>Tapis mengikut cabaran dalam 30 hari lepas</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="381"/>
        <source>Any asks</source>
        <translation>Sebarang bilangan cabaran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="382"/>
        <source>%1+ asks</source>
        <translation>%1+ cabaran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="424"/>
        <source>Nobody matches</source>
        <translation>Tiada yang sepadan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="425"/>
        <source>No advocate matches these filters. Clear the search or choose another tier, group or status.</source>
        <translation>Tiada penyokong yang sepadan dengan penapis ini. Kosongkan carian atau pilih peringkat, kumpulan atau status lain.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="435"/>
        <source>Previous</source>
        <translation>Sebelumnya</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="437"/>
        <source>Next</source>
        <translation>Seterusnya</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="505"/>
        <source>1 advocate</source>
        <translation>1 penyokong</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="505"/>
        <source>%1 advocates</source>
        <translation>%1 penyokong</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="509"/>
        <source>%1 to %2 of %3</source>
        <translation>%1 hingga %2 daripada %3</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="533"/>
        <source>1 advocate is at the asking limit</source>
        <translation>1 penyokong telah mencapai had permintaan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="535"/>
        <source>%1 advocates are at the asking limit</source>
        <translation>%1 penyokong telah mencapai had permintaan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="538"/>
        <source>%1 took on %2 or more asks in the last 30 days. Give them a rest before asking again.</source>
        <translation>%1 telah menyahut %2 cabaran atau lebih dalam 30 hari lepas. Beri mereka rehat sebelum meminta lagi.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="618"/>
        <source>%1 points recorded with your reason.</source>
        <translation>%1 mata direkodkan bersama sebab anda.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="633"/>
        <source>The entry was reversed.</source>
        <translation>Catatan telah dibalikkan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="636"/>
        <source>Choose a folder for the export</source>
        <translation>Pilih folder untuk eksport</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="652"/>
        <source>Exported %1 files to %2.</source>
        <translation>%1 fail dieksport ke %2.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="670"/>
        <source>Their personal data was erased. Their points stay on the ledger.</source>
        <translation>Data peribadi mereka telah dipadam. Mata mereka kekal dalam lejar.</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="60"/>
        <source>Take a challenge, earn points, climb the board</source>
        <translation>Sahut cabaran, kumpul mata, daki papan pendahulu</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="66"/>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="112"/>
        <source>Top advocates</source>
        <translation>Penyokong terbaik</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="79"/>
        <source>Quick challenges</source>
        <translation>Cabaran pantas</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="91"/>
        <source>Tap to start</source>
        <translation>Ketik untuk mula</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="99"/>
        <source>or scan your member code</source>
        <translation>atau imbas kod ahli anda</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="112"/>
        <source>Top advocates at %1</source>
        <translation>Penyokong terbaik di %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="115"/>
        <source>Be the first on the board today!</source>
        <translation>Jadilah yang pertama di papan hari ini!</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="135"/>
        <source>New challenges are coming soon.</source>
        <translation>Cabaran baharu akan tiba tidak lama lagi.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="143"/>
        <source>+%1 points</source>
        <translation>+%1 mata</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="89"/>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="92"/>
        <source>Export CSV</source>
        <translation>Eksport CSV</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="94"/>
        <source>Save every entry the filter matches as a CSV file</source>
        <translation>Simpan setiap catatan yang sepadan dengan penapis sebagai fail CSV</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="102"/>
        <source>Search the audit log</source>
        <translation>Cari dalam log audit</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="103"/>
        <source>Search names, actions, reasons…</source>
        <translation>Cari nama, tindakan, sebab…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="109"/>
        <source>Clear the search</source>
        <translation>Kosongkan carian</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="109"/>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="111"/>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="112"/>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="113"/>
        <source>Target</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="114"/>
        <source>Period</source>
        <translation>Tempoh</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="136"/>
        <source>Audit log entries</source>
        <translation>Catatan log audit</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="148"/>
        <source>Nothing matches</source>
        <translation>Tiada yang sepadan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="149"/>
        <source>No entry matches these filters. Clear the search or choose a longer period.</source>
        <translation>Tiada catatan yang sepadan dengan penapis ini. Kosongkan carian atau pilih tempoh yang lebih panjang.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="154"/>
        <source>Before and after</source>
        <translation>Sebelum dan selepas</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="158"/>
        <source>Selected entry, before and after</source>
        <translation>Catatan dipilih, sebelum dan selepas</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="160"/>
        <source>Select an entry to see what it changed.</source>
        <translation>Pilih catatan untuk melihat perubahan yang dibuatnya.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="184"/>
        <source>Everyone</source>
        <translation>Semua orang</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="186"/>
        <source>Every action</source>
        <translation>Semua tindakan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="187"/>
        <source>%1 (all)</source>
        <translation>%1 (semua)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="190"/>
        <source>Every target</source>
        <translation>Semua sasaran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="228"/>
        <source>1 entry</source>
        <translation>1 catatan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="228"/>
        <source>%1 entries</source>
        <translation>%1 catatan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="236"/>
        <source>The system</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="242"/>
        <source>Export the audit log</source>
        <translation>Eksport log audit</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="242"/>
        <source>CSV files (*.csv)</source>
        <translation>Fail CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="252"/>
        <source>Exporting…</source>
        <translation>Mengeksport…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="262"/>
        <source>Saved %1 entries to %2.</source>
        <translation>%1 catatan disimpan ke %2.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../advocate_hub/ui/models/audit_model.py" line="130"/>
        <source>When</source>
        <translation>Bila</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/audit_model.py" line="130"/>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/audit_model.py" line="130"/>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/audit_model.py" line="130"/>
        <source>Details</source>
        <translation>Butiran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/audit_model.py" line="150"/>
        <source>The system</source>
        <translation>Sistem</translation>
    </message>
</context>
<context>
    <name>BadgesModel</name>
    <message>
        <location filename="../../advocate_hub/ui/models/badges_model.py" line="79"/>
        <source>Earned %1</source>
        <translation>Diperoleh %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/badges_model.py" line="88"/>
        <source>%1 of %2</source>
        <translation>%1 daripada %2</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/badges_model.py" line="95"/>
        <source>%1, earned %2</source>
        <translation>%1, diperoleh %2</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/badges_model.py" line="97"/>
        <source>%1, locked: %2 Progress %3</source>
        <translation>%1, berkunci: %2 Kemajuan %3</translation>
    </message>
</context>
<context>
    <name>BadgesPage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/badges.py" line="203"/>
        <source>Badges</source>
        <translation>Lencana</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/badges.py" line="208"/>
        <source>Badges earned</source>
        <translation>Lencana diperoleh</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/badges.py" line="214"/>
        <source>Badges mark milestones. Locked ones show what they take and how far along you are.</source>
        <translation>Lencana menandakan pencapaian penting. Lencana berkunci menunjukkan syaratnya dan sejauh mana kemajuan anda.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/badges.py" line="222"/>
        <source>Badge gallery</source>
        <translation>Galeri lencana</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/badges.py" line="227"/>
        <source>No badges yet</source>
        <translation>Belum ada lencana</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/badges.py" line="228"/>
        <source>This program has no badges. When the team adds some, they appear here with what they take.</source>
        <translation>Program ini belum ada lencana. Apabila pasukan menambahnya, lencana itu dipaparkan di sini bersama syaratnya.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/badges.py" line="248"/>
        <source>%1 of %2 earned</source>
        <translation>%1 daripada %2 diperoleh</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="331"/>
        <source>Content calendar</source>
        <translation>Kalendar kandungan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="337"/>
        <source>Week</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="337"/>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="337"/>
        <source>Quarter</source>
        <translation>Suku tahun</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="343"/>
        <source>%1 view</source>
        <translation>Paparan %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="349"/>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="351"/>
        <source>Previous period</source>
        <translation>Tempoh sebelumnya</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="353"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="355"/>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="357"/>
        <source>Next period</source>
        <translation>Tempoh seterusnya</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="369"/>
        <source>Challenges that started earlier and have no end date</source>
        <translation>Cabaran yang bermula lebih awal dan tiada tarikh tamat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="412"/>
        <source>Select a challenge to see its dates. Drag it to another day to move it, or select it and press Alt+Left or Alt+Right.</source>
        <translation>Pilih cabaran untuk melihat tarikhnya. Seret ke hari lain untuk memindahkannya, atau pilih dan tekan Alt+Left atau Alt+Right.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="418"/>
        <source>Reviews and posts</source>
        <translation>Ulasan dan hantaran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="419"/>
        <source>Polls, quizzes, content</source>
        <translation>Undian, kuiz, kandungan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="420"/>
        <source>Events</source>
        <translation>Acara</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="421"/>
        <source>Calls and referrals</source>
        <translation>Panggilan dan rujukan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="422"/>
        <source>Feedback and video</source>
        <translation>Maklum balas dan video</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="423"/>
        <source>Big commitments</source>
        <translation>Komitmen besar</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="453"/>
        <source>Week of %1</source>
        <translation>Minggu bermula %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="457"/>
        <source>Q%1 %2</source>
        <translation>Suku %1 %2</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="481"/>
        <source>Ongoing (%1)</source>
        <translation>Berterusan (%1)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="482"/>
        <source>Show ongoing challenges</source>
        <translation>Papar cabaran berterusan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocate_hub/ui/views/calendar.py" line="487"/>
        <source>%n ongoing challenge(s) with no end date hidden.</source>
        <translation>
            <numerusform>%n cabaran berterusan tanpa tarikh tamat disembunyikan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="497"/>
        <source>no end date</source>
        <translation>tiada tarikh tamat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="499"/>
        <source>%1 · %2 · %3 to %4 UTC. Alt+Left or Alt+Right moves it a day.</source>
        <translation>%1 · %2 · %3 hingga %4 UTC. Alt+Left atau Alt+Right memindahkannya sehari.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="521"/>
        <source>Something went wrong.</source>
        <translation>Sesuatu tidak kena.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="522"/>
        <source>That move was not made: %1</source>
        <translation>Pemindahan itu tidak dibuat: %1</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="70"/>
        <source>Calendar of challenges</source>
        <translation>Kalendar cabaran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="72"/>
        <source>Left and Right select a challenge; Alt+Left and Alt+Right move it a day.</source>
        <translation>Kekunci Left dan Right memilih cabaran; Alt+Left dan Alt+Right memindahkannya sehari.</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="162"/>
        <source>Reward</source>
        <translation>Ganjaran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="163"/>
        <source>Points</source>
        <translation>Mata</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="164"/>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="165"/>
        <source>Tier</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="166"/>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="167"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="168"/>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="175"/>
        <source>Unlimited</source>
        <translation>Tanpa had</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="179"/>
        <source>Offered</source>
        <translation>Ditawarkan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="179"/>
        <source>Retired</source>
        <translation>Ditamatkan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="191"/>
        <source>Requests waiting, and requests fulfilled</source>
        <translation>Permintaan yang menunggu, dan permintaan yang telah ditunaikan</translation>
    </message>
</context>
<context>
    <name>ChallengeDetail</name>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="149"/>
        <source>Challenge details</source>
        <translation>Butiran cabaran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="167"/>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="174"/>
        <source>Pick a challenge</source>
        <translation>Pilih cabaran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="169"/>
        <source>Choose one from the list to see what it asks, what it gives and how long it stays open. With the keyboard: arrow keys to browse, Enter to fill it in.</source>
        <translation>Pilih satu daripada senarai untuk melihat apa yang diminta, berapa mata yang diberikan dan berapa lama ia dibuka. Dengan papan kekunci: kekunci anak panah untuk menyemak imbas, Enter untuk mengisinya.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="206"/>
        <source>Points</source>
        <translation>Mata</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="208"/>
        <source>points</source>
        <translation>mata</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="249"/>
        <source>I will say that I received points for this, and my words are my own honest opinion.</source>
        <translation>Saya akan nyatakan bahawa saya menerima mata untuk ini, dan kata-kata saya ialah pendapat jujur saya sendiri.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="263"/>
        <source>Submit</source>
        <translation>Hantar</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="268"/>
        <source>Not for me</source>
        <translation>Bukan untuk saya</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="268"/>
        <source>Decline this challenge</source>
        <translation>Tolak cabaran ini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="306"/>
        <source>%1 points</source>
        <translation>%1 mata</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="329"/>
        <source>Last time</source>
        <translation>Kali lepas</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="338"/>
        <source>Waiting for review</source>
        <translation>Menunggu semakan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="339"/>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="464"/>
        <source>A moderator will look at it soon; you will get a notification when they have.</source>
        <translation>Moderator akan menyemaknya tidak lama lagi; anda akan menerima pemberitahuan setelah selesai.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="343"/>
        <source>The team asked for changes</source>
        <translation>Pasukan meminta perubahan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="346"/>
        <source>Done, thank you!</source>
        <translation>Selesai, terima kasih!</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="348"/>
        <source>Changed your mind? You can still take it on below.</source>
        <translation>Ubah fikiran? Anda masih boleh menyahutnya di bawah.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="349"/>
        <source>You declined this one</source>
        <translation>Anda telah menolak cabaran ini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="359"/>
        <source>Keep completing challenges to reach it; bigger asks open up as you go.</source>
        <translation>Terus selesaikan cabaran untuk mencapainya; cabaran yang lebih besar akan dibuka secara beransur-ansur.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="372"/>
        <source>Send it again</source>
        <translation>Hantar sekali lagi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="372"/>
        <source>Take it on</source>
        <translation>Sahut cabaran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="373"/>
        <source>Send again</source>
        <translation>Hantar semula</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="454"/>
        <source>+%1 points are yours.</source>
        <translation>+%1 mata kini milik anda.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="455"/>
        <source>Approved! Well done.</source>
        <translation>Diluluskan! Syabas.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="457"/>
        <source>Not quite.</source>
        <translation>Belum tepat lagi.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="463"/>
        <source>Sent, thank you!</source>
        <translation>Dihantar, terima kasih!</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="482"/>
        <source>Declined.</source>
        <translation>Ditolak.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="482"/>
        <source>Thanks for saying so; it costs you nothing.</source>
        <translation>Terima kasih kerana memberitahu; anda tidak rugi apa-apa.</translation>
    </message>
</context>
<context>
    <name>ChallengeEditorPage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="150"/>
        <source>Manage challenges</source>
        <translation>Urus cabaran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="154"/>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="374"/>
        <source>New challenge</source>
        <translation>Cabaran baharu</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="184"/>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="185"/>
        <source>Search challenges</source>
        <translation>Cari cabaran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="192"/>
        <source>Clear the search</source>
        <translation>Kosongkan carian</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="192"/>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="197"/>
        <source>Show challenges that are</source>
        <translation>Papar cabaran berstatus</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="198"/>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="205"/>
        <source>Challenges</source>
        <translation>Cabaran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="214"/>
        <source>No challenge matches.</source>
        <translation>Tiada cabaran yang sepadan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="234"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="236"/>
        <source>Expire now</source>
        <translation>Tamatkan sekarang</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="239"/>
        <source>Archive</source>
        <translation>Arkibkan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="254"/>
        <source>Preview</source>
        <translation>Pratonton</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="257"/>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="262"/>
        <source>Preview as an advocate of tier</source>
        <translation>Pratonton sebagai penyokong peringkat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="271"/>
        <source>Fix the fields marked in red to see the preview.</source>
        <translation>Betulkan medan bertanda merah untuk melihat pratonton.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="277"/>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="285"/>
        <source>Dry run</source>
        <translation>Larian percubaan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="280"/>
        <source>Before you publish: who would this reach, and who has been asked enough already?</source>
        <translation>Sebelum anda menerbitkan: siapa yang akan dicapai, dan siapa yang sudah cukup kerap diminta?</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="326"/>
        <source>, no end</source>
        <translation>, tiada tarikh tamat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="374"/>
        <source>Edit challenge</source>
        <translation>Sunting cabaran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="383"/>
        <source>Save changes</source>
        <translation>Simpan perubahan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="383"/>
        <source>Save and publish</source>
        <translation>Simpan dan terbitkan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="418"/>
        <source>Something went wrong.</source>
        <translation>Sesuatu tidak kena.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="431"/>
        <source>Published. Advocates see it from its start.</source>
        <translation>Diterbitkan. Penyokong dapat melihatnya mulai tarikh mula.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="433"/>
        <source>Saved.</source>
        <translation>Disimpan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="462"/>
        <source>Ended. Advocates see it as closed from now.</source>
        <translation>Ditamatkan. Penyokong melihatnya sebagai ditutup mulai sekarang.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="466"/>
        <source>Archived. It no longer shows anywhere for advocates.</source>
        <translation>Diarkibkan. Ia tidak lagi dipaparkan di mana-mana untuk penyokong.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="485"/>
        <source>Would reach %1 advocates; %2 of them are at the fatigue limit.</source>
        <translation>Akan sampai kepada %1 penyokong; %2 daripadanya telah mencapai had keletihan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="492"/>
        <source>Those at the limit will not be offered it until they have been asked less lately.</source>
        <translation>Mereka yang telah mencapai had tidak akan ditawarkan cabaran ini sehingga kekerapan permintaan kepada mereka berkurangan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="494"/>
        <source>This kind is not an ask, so the limit does not hold it back.</source>
        <translation>Jenis ini bukan permintaan penglibatan, jadi had tidak menyekatnya.</translation>
    </message>
</context>
<context>
    <name>ChallengeForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="137"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="139"/>
        <source>Title</source>
        <translation>Tajuk</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="138"/>
        <source>What you ask, in a few words</source>
        <translation>Apa yang anda minta, dalam beberapa perkataan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="141"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="145"/>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="142"/>
        <source>Why it matters and what to do, in the advocate&apos;s words</source>
        <translation>Mengapa ia penting dan apa yang perlu dilakukan, dalam bahasa penyokong</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="148"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="152"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="155"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="167"/>
        <source>Points</source>
        <translation>Mata</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="159"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="167"/>
        <source>Barrier</source>
        <translation>Usaha</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="161"/>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="162"/>
        <source>Medium</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="163"/>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="169"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="170"/>
        <source>Starts</source>
        <translation>Bermula</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="171"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="181"/>
        <source>Expires</source>
        <translation>Tamat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="172"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="173"/>
        <source>No end date</source>
        <translation>Tiada tarikh tamat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="184"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="191"/>
        <source>Times per advocate</source>
        <translation>Had setiap penyokong</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="187"/>
        <source>Minimum tier</source>
        <translation>Peringkat minimum</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="191"/>
        <source>Min tier</source>
        <translation>Peringkat min</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="201"/>
        <source>Audience: %1</source>
        <translation>Sasaran: %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="205"/>
        <source>Tiers</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="205"/>
        <source>None ticked: every tier.</source>
        <translation>Tiada yang ditanda: semua peringkat.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="213"/>
        <source>Groups</source>
        <translation>Kumpulan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="213"/>
        <source>None ticked: every group.</source>
        <translation>Tiada yang ditanda: semua kumpulan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="216"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="220"/>
        <source>Proof</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="222"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="224"/>
        <source>Event code</source>
        <translation>Kod acara</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="223"/>
        <source>The code advocates type at the event</source>
        <translation>Kod yang ditaip penyokong di acara</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="226"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="229"/>
        <source>Questions</source>
        <translation>Soalan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="231"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="232"/>
        <source>Approve automatically</source>
        <translation>Lulus secara automatik</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="233"/>
        <source>Ask advocates to disclose the reward</source>
        <translation>Wajibkan pendedahan ganjaran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="234"/>
        <source>Disclosure required</source>
        <translation>Pendedahan diperlukan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="242"/>
        <source>Approval</source>
        <translation>Kelulusan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="318"/>
        <source>Group: %1</source>
        <translation>Kumpulan: %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="447"/>
        <source>One per line: Question? | choice | *right choice | choice</source>
        <translation>Satu setiap baris: Soalan? | pilihan | *pilihan betul | pilihan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="450"/>
        <source>One per line: a question, &apos;nps: question&apos; for a 0-10 score, or &apos;question | choice | choice&apos;</source>
        <translation>Satu setiap baris: soalan, &apos;nps: soalan&apos; untuk skor 0-10, atau &apos;soalan | pilihan | pilihan&apos;</translation>
    </message>
</context>
<context>
    <name>ChallengeScreen</name>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="379"/>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="392"/>
        <source>+%1 points</source>
        <translation>+%1 mata</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="397"/>
        <source>Check me in</source>
        <translation>Daftar masuk saya</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="429"/>
        <source>Question %1 of %2: %3</source>
        <translation>Soalan %1 daripada %2: %3</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="441"/>
        <source>Score %1</source>
        <translation>Skor %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="453"/>
        <source>Your answer</source>
        <translation>Jawapan anda</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="455"/>
        <source>Next</source>
        <translation>Seterusnya</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="465"/>
        <source>In two or three sentences: what difference has it made for you?</source>
        <translation>Dalam dua atau tiga ayat: apakah perubahan yang dibawanya untuk anda?</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="469"/>
        <source>Your testimonial</source>
        <translation>Testimoni anda</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="473"/>
        <source>I will say that I received points for this if I share it publicly</source>
        <translation>Saya akan nyatakan bahawa saya menerima mata untuk ini jika saya berkongsinya secara umum</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="477"/>
        <source>Send</source>
        <translation>Hantar</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="482"/>
        <source>Who would benefit? We contact them only with their consent.</source>
        <translation>Siapa yang akan mendapat manfaat? Kami hanya menghubungi mereka dengan persetujuan mereka.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="483"/>
        <source>Their name</source>
        <translation>Nama mereka</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="484"/>
        <source>Their email</source>
        <translation>E-mel mereka</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="485"/>
        <source>Their company (optional)</source>
        <translation>Syarikat mereka (pilihan)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="486"/>
        <source>They agreed that we may contact them</source>
        <translation>Mereka bersetuju untuk kami hubungi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="489"/>
        <source>Send referral</source>
        <translation>Hantar rujukan</translation>
    </message>
</context>
<context>
    <name>Challenges</name>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="52"/>
        <source>Open</source>
        <translation>Dibuka</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="53"/>
        <source>Locked</source>
        <translation>Berkunci</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="54"/>
        <source>Coming soon</source>
        <translation>Akan datang</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="55"/>
        <source>Pending</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="56"/>
        <source>Changes requested</source>
        <translation>Perubahan diminta</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="57"/>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="58"/>
        <source>Declined</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="59"/>
        <source>Expired</source>
        <translation>Tamat tempoh</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="78"/>
        <source>Low effort</source>
        <translation>Usaha rendah</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="79"/>
        <source>Medium effort</source>
        <translation>Usaha sedang</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="80"/>
        <source>High effort</source>
        <translation>Usaha tinggi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="86"/>
        <source>Ending soonest</source>
        <translation>Tamat paling awal</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="87"/>
        <source>Most points</source>
        <translation>Mata terbanyak</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="88"/>
        <source>Newest first</source>
        <translation>Terbaharu dahulu</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="103"/>
        <source>1 day</source>
        <translation>1 hari</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="105"/>
        <source>%n days</source>
        <translation>%n hari</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="107"/>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="110"/>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="114"/>
        <source>%n h</source>
        <translation>%n jam</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="112"/>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="116"/>
        <source>%n min</source>
        <translation>%n min</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="123"/>
        <source>opens in %1</source>
        <translation>dibuka dalam %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="130"/>
        <source>ended %1</source>
        <translation>telah tamat %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="131"/>
        <source>ends in %1</source>
        <translation>tamat dalam %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="140"/>
        <source>Opens in %1</source>
        <translation>Dibuka dalam %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="144"/>
        <source>No end date</source>
        <translation>Tiada tarikh tamat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="147"/>
        <source>Closed on %1</source>
        <translation>Ditutup pada %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="148"/>
        <source>Closes in %1</source>
        <translation>Ditutup dalam %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="224"/>
        <source>1 point</source>
        <translation>1 mata</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="226"/>
        <source>%1 points</source>
        <translation>%1 mata</translation>
    </message>
</context>
<context>
    <name>ChallengesPage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="70"/>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="72"/>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="111"/>
        <source>Challenges</source>
        <translation>Cabaran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="80"/>
        <source>Search challenges</source>
        <translation>Cari cabaran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="81"/>
        <source>Search challenges  (Ctrl+F)</source>
        <translation>Cari cabaran  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="86"/>
        <source>Clear search</source>
        <translation>Kosongkan carian</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="86"/>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="89"/>
        <source>Filter by kind</source>
        <translation>Tapis mengikut jenis</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="89"/>
        <source>All kinds</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="92"/>
        <source>Filter by effort</source>
        <translation>Tapis mengikut usaha</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="92"/>
        <source>Any effort</source>
        <translation>Sebarang usaha</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="95"/>
        <source>Filter by status</source>
        <translation>Tapis mengikut status</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="95"/>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="98"/>
        <source>Sort by</source>
        <translation>Isih mengikut</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="125"/>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="239"/>
        <source>No challenges match your filters</source>
        <translation>Tiada cabaran yang sepadan dengan penapis anda</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="126"/>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="239"/>
        <source>Try other words, or show every challenge again.</source>
        <translation>Cuba perkataan lain, atau paparkan semula semua cabaran.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="128"/>
        <source>Show all challenges</source>
        <translation>Papar semua cabaran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="234"/>
        <source>1 challenge</source>
        <translation>1 cabaran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="234"/>
        <source>%1 challenges</source>
        <translation>%1 cabaran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="245"/>
        <source>No challenges yet</source>
        <translation>Belum ada cabaran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="246"/>
        <source>When the team opens a challenge, it appears here. Check back soon!</source>
        <translation>Apabila pasukan membuka cabaran, ia dipaparkan di sini. Datang semula nanti!</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_tables.py" line="140"/>
        <source>Export CSV</source>
        <translation>Eksport CSV</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_tables.py" line="142"/>
        <source>Export %1 as CSV</source>
        <translation>Eksport %1 sebagai CSV</translation>
    </message>
</context>
<context>
    <name>CodeForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="284"/>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="287"/>
        <source>Event code</source>
        <translation>Kod acara</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="284"/>
        <source>The code on the booth screen</source>
        <translation>Kod pada skrin reruai</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="286"/>
        <source>Shown at %1.</source>
        <translation>Dipaparkan di %1.</translation>
    </message>
</context>
<context>
    <name>DealValueDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="87"/>
        <source>Deal won</source>
        <translation>Urus niaga berjaya</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="92"/>
        <source>%1 is won</source>
        <translation>%1 berjaya</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="94"/>
        <source>What is the deal worth? It counts towards the program&apos;s won value.</source>
        <translation>Berapakah nilai urus niaga ini? Ia dikira dalam jumlah nilai urus niaga berjaya program.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="98"/>
        <source>Deal value</source>
        <translation>Nilai urus niaga</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="104"/>
        <source>Mark as won</source>
        <translation>Tandakan berjaya</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="105"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>DeclineDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="107"/>
        <source>Decline “%1”</source>
        <translation>Tolak “%1”</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="111"/>
        <source>No problem: declining costs you nothing.</source>
        <translation>Tiada masalah: menolak tidak merugikan anda apa-apa.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="112"/>
        <source>A reason helps the team ask better next time (optional).</source>
        <translation>Sebab anda membantu pasukan memberikan cabaran yang lebih sesuai lain kali (pilihan).</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="115"/>
        <source>Reason for declining (optional)</source>
        <translation>Sebab menolak (pilihan)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="116"/>
        <source>Too busy this quarter, not my topic…</source>
        <translation>Terlalu sibuk suku tahun ini, bukan bidang saya…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="121"/>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="123"/>
        <source>Decline</source>
        <translation>Tolak</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="124"/>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="126"/>
        <source>Keep it</source>
        <translation>Kekalkan</translation>
    </message>
</context>
<context>
    <name>DemoMode</name>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="63"/>
        <source>Advocate Hub · Demo</source>
        <translation>Advocate Hub · Demo</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="65"/>
        <source>DEMO · sample data</source>
        <translation>DEMO · data contoh</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="66"/>
        <source>Demo program: sample data that never syncs</source>
        <translation>Program demo: data contoh yang tidak pernah disegerakkan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="67"/>
        <source>This is the demo program. Its people are made up and it never syncs.</source>
        <translation>Ini ialah program demo. Orang di dalamnya hanya rekaan dan ia tidak pernah disegerakkan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="72"/>
        <source>VIEW AS</source>
        <translation>LIHAT SEBAGAI</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="75"/>
        <source>View the app as</source>
        <translation>Lihat aplikasi sebagai</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="76"/>
        <source>See the app exactly as each tier, or a moderator, sees it</source>
        <translation>Lihat aplikasi tepat seperti yang dilihat oleh setiap peringkat, atau oleh moderator</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="77"/>
        <source>Choose a view</source>
        <translation>Pilih paparan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="83"/>
        <source>Take the tour</source>
        <translation>Ikuti lawatan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="87"/>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="148"/>
        <source>Reset demo</source>
        <translation>Set semula demo</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="98"/>
        <source>Community advocate</source>
        <translation>Penyokong Komuniti</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="99"/>
        <source>Silver advocate</source>
        <translation>Penyokong Perak</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="100"/>
        <source>Gold advocate</source>
        <translation>Penyokong Emas</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="101"/>
        <source>Platinum advocate</source>
        <translation>Penyokong Platinum</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="102"/>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="145"/>
        <source>Restoring the demo…</source>
        <translation>Memulihkan demo…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="147"/>
        <source>Restoring the demo</source>
        <translation>Memulihkan demo</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="171"/>
        <source>The demo is as good as new.</source>
        <translation>Demo kini seperti baharu.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="221"/>
        <source>Home: what an advocate sees first</source>
        <translation>Utama: perkara pertama yang dilihat penyokong</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="222"/>
        <source>Points, progress to the next tier, badges within reach and challenges picked for them.</source>
        <translation>Mata, kemajuan ke peringkat seterusnya, lencana yang hampir dicapai dan cabaran yang dipilih untuk mereka.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="228"/>
        <source>Challenges: the asks</source>
        <translation>Cabaran: apa yang kami minta</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="230"/>
        <source>Low-barrier asks are open to everyone; medium and high ones unlock with Silver and Gold. A locked challenge says why.</source>
        <translation>Cabaran usaha rendah terbuka kepada semua; usaha sedang dan tinggi dibuka pada peringkat Perak dan Emas. Cabaran berkunci menyatakan sebabnya.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="238"/>
        <source>Leaderboard</source>
        <translation>Papan pendahulu</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="239"/>
        <source>All time, this month and this week. Advocates who opted out never appear.</source>
        <translation>Sepanjang masa, bulan ini dan minggu ini. Penyokong yang telah menarik diri tidak akan dipaparkan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="245"/>
        <source>Rewards</source>
        <translation>Ganjaran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="246"/>
        <source>Status, access, power and stuff, most wanted first. Higher tiers unlock more of them.</source>
        <translation>Status, akses, pengaruh dan barangan, yang paling diingini dahulu. Peringkat lebih tinggi membuka lebih banyak ganjaran.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="252"/>
        <source>View as any tier, or a moderator</source>
        <translation>Lihat sebagai mana-mana peringkat, atau moderator</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="254"/>
        <source>Switch here to show what each tier unlocks, or the moderator&apos;s workspace. Compare tiers puts them side by side; Reset demo puts everything back.</source>
        <translation>Tukar di sini untuk menunjukkan apa yang dibuka oleh setiap peringkat, atau ruang kerja moderator. Bandingkan peringkat meletakkannya sebelah-menyebelah; Set semula demo memulihkan segala-galanya.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="479"/>
        <source>Erase %1&apos;s personal data?</source>
        <translation>Padam data peribadi %1?</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="485"/>
        <source>Their name, email, company, proof and referral contacts are removed on every device. Their points stay, so leaderboards and metrics do not change. This cannot be undone.</source>
        <translation>Nama, e-mel, syarikat, bukti dan kenalan rujukan mereka akan dibuang pada setiap peranti. Mata mereka kekal, jadi papan pendahulu dan metrik tidak berubah. Tindakan ini tidak boleh dibuat asal.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="493"/>
        <source>Type the advocate&apos;s email to confirm</source>
        <translation>Taipkan e-mel penyokong untuk mengesahkan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="495"/>
        <source>For example: their request by email on 3 March</source>
        <translation>Contohnya: permintaan mereka melalui e-mel pada 3 Mac</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="496"/>
        <source>Type their email</source>
        <translation>Taipkan e-mel mereka</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="497"/>
        <source>Reason</source>
        <translation>Sebab</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="498"/>
        <source>Erase for good</source>
        <translation>Padam selama-lamanya</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../advocate_hub/ui/logs.py" line="29"/>
        <source>Something went wrong. The details are in the log in %1.</source>
        <translation>Sesuatu tidak kena. Butirannya ada dalam fail log di %1.</translation>
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
        <translation>Mengambil program anda</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/first_sync.py" line="64"/>
        <source>Fetching progress</source>
        <translation>Kemajuan pengambilan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/first_sync.py" line="69"/>
        <source>Fetching problem</source>
        <translation>Masalah semasa mengambil data</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/first_sync.py" line="74"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/first_sync.py" line="76"/>
        <source>Try again</source>
        <translation>Cuba lagi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/first_sync.py" line="95"/>
        <source>Signed in as %1. Fetching your program from %2…</source>
        <translation>Log masuk sebagai %1. Mengambil program anda daripada %2…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/first_sync.py" line="112"/>
        <source>Fetched %1 of about %2 changes…</source>
        <translation>%1 daripada kira-kira %2 perubahan telah diambil…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/first_sync.py" line="131"/>
        <source>Your program could not be fetched.</source>
        <translation>Program anda tidak dapat diambil.</translation>
    </message>
</context>
<context>
    <name>FulfilmentPage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="118"/>
        <source>Rewards desk</source>
        <translation>Kaunter ganjaran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="124"/>
        <source>Fulfil what advocates asked for, oldest first, and keep the catalog worth opening.</source>
        <translation>Tunaikan permintaan penyokong, yang paling lama dahulu, dan pastikan katalog sentiasa menarik.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="132"/>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="134"/>
        <source>Rewards desk sections</source>
        <translation>Bahagian kaunter ganjaran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="144"/>
        <source>Waiting to be fulfilled</source>
        <translation>Menunggu untuk ditunaikan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="150"/>
        <source>Requests waiting to be fulfilled</source>
        <translation>Permintaan yang menunggu untuk ditunaikan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="157"/>
        <source>All caught up</source>
        <translation>Semuanya sudah selesai</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="158"/>
        <source>No requests are waiting. New redemptions appear here, oldest first.</source>
        <translation>Tiada permintaan yang menunggu. Penebusan baharu dipaparkan di sini, yang paling lama dahulu.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="169"/>
        <source>Fulfilment queue</source>
        <translation>Baris gilir penunaian</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="182"/>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="205"/>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="184"/>
        <source>New reward</source>
        <translation>Ganjaran baharu</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="191"/>
        <source>Reward catalog</source>
        <translation>Katalog ganjaran</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="223"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n menunggu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="224"/>
        <source>Fulfilment queue (%1)</source>
        <translation>Baris gilir penunaian (%1)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="272"/>
        <source>Fulfilled: %1 for %2.</source>
        <translation>Ditunaikan: %1 untuk %2.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="282"/>
        <source>Say why the request is cancelled; the advocate sees it with the refund.</source>
        <translation>Nyatakan sebab permintaan dibatalkan; penyokong akan melihatnya bersama pemulangan mata.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="290"/>
        <source>Cancelled: %1 for %2; the points went back.</source>
        <translation>Dibatalkan: %1 untuk %2; mata telah dikembalikan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="332"/>
        <source>Saved %1.</source>
        <translation>%1 disimpan.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="43"/>
        <source>Home</source>
        <translation>Utama</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="49"/>
        <source>Your points</source>
        <translation>Mata anda</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="51"/>
        <source>Points balance</source>
        <translation>Baki mata</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="57"/>
        <source>Your tier</source>
        <translation>Peringkat anda</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="70"/>
        <source>Progress to the next tier</source>
        <translation>Kemajuan ke peringkat seterusnya</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="77"/>
        <source>Recommended for you</source>
        <translation>Disyorkan untuk anda</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="81"/>
        <source>Badges within reach</source>
        <translation>Lencana yang hampir dicapai</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="85"/>
        <source>Recent activity</source>
        <translation>Aktiviti terkini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="89"/>
        <source>From the team</source>
        <translation>Daripada pasukan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="109"/>
        <source>Welcome back, %1</source>
        <translation>Selamat kembali, %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="111"/>
        <source>%1 earned in all</source>
        <translation>%1 mata diperoleh secara keseluruhan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="116"/>
        <source>The top tier. Thank you for everything you do!</source>
        <translation>Peringkat tertinggi. Terima kasih atas segala sumbangan anda!</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="120"/>
        <source>%1 points to %2, plus one case study, talk or advisory seat</source>
        <translation>%1 mata lagi ke %2, serta satu kajian kes, slot berucap atau kerusi lembaga penasihat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="122"/>
        <source>%1 points to %2</source>
        <translation>%1 mata lagi ke %2</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="130"/>
        <source>%1 unlocks: %2</source>
        <translation>Dibuka pada %1: %2</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="144"/>
        <source>ends %1</source>
        <translation>tamat %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="152"/>
        <source>All caught up</source>
        <translation>Semuanya sudah selesai</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="153"/>
        <source>Nothing new to do right now. New challenges appear here when they open.</source>
        <translation>Tiada apa-apa yang baharu buat masa ini. Cabaran baharu dipaparkan di sini apabila dibuka.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="165"/>
        <source>Progress to %1</source>
        <translation>Kemajuan ke %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="169"/>
        <source>You have every badge. Impressive!</source>
        <translation>Anda memiliki semua lencana. Hebat!</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="183"/>
        <source>Your points history starts with your first challenge.</source>
        <translation>Sejarah mata anda bermula dengan cabaran pertama anda.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="200"/>
        <source>Thank-yous and news about your contributions appear here.</source>
        <translation>Ucapan terima kasih dan berita tentang sumbangan anda dipaparkan di sini.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="276"/>
        <source>QR code to continue on your phone</source>
        <translation>Kod QR untuk meneruskan pada telefon anda</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="297"/>
        <source>I&apos;m done: sign me out</source>
        <translation>Saya sudah selesai: log keluar</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="305"/>
        <source>Hi %1!</source>
        <translation>Hai %1!</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="305"/>
        <source>Hi there!</source>
        <translation>Hai!</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="308"/>
        <source>Continue on your phone</source>
        <translation>Teruskan pada telefon anda</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="313"/>
        <source>+%1 points</source>
        <translation>+%1 mata</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="323"/>
        <source>You&apos;re checked in. Pick a quick challenge:</source>
        <translation>Anda sudah mendaftar masuk. Pilih cabaran pantas:</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="325"/>
        <source>You&apos;re checked in, and you&apos;ve done every quick challenge. Thank you!</source>
        <translation>Anda sudah mendaftar masuk dan telah menyelesaikan semua cabaran pantas. Terima kasih!</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="335"/>
        <source>Your points go to member %1 once this kiosk syncs.</source>
        <translation>Mata anda akan diberikan kepada ahli %1 setelah kiosk ini disegerakkan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="329"/>
        <source>Pick a quick challenge:</source>
        <translation>Pilih cabaran pantas:</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="331"/>
        <source>You&apos;ve done every quick challenge. Thank you!</source>
        <translation>Anda telah menyelesaikan semua cabaran pantas. Terima kasih!</translation>
    </message>
</context>
<context>
    <name>ImportAdvocatesDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="121"/>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="122"/>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="132"/>
        <source>Import advocates</source>
        <translation>Import penyokong</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="136"/>
        <source>Choose a CSV file saved as UTF-8 whose first line names the columns email, name, company, language and groups (separate several groups with a semicolon). Every row is checked first: if any row has a problem, nothing is imported.</source>
        <translation>Pilih fail CSV yang disimpan sebagai UTF-8 dengan baris pertama menamakan lajur email, name, company, language dan groups (asingkan beberapa kumpulan dengan koma bertitik). Setiap baris disemak dahulu: jika mana-mana baris bermasalah, tiada apa yang akan diimport.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="148"/>
        <source>No file chosen</source>
        <translation>Tiada fail dipilih</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="149"/>
        <source>Choose file…</source>
        <translation>Pilih fail…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="149"/>
        <source>Choose a CSV file</source>
        <translation>Pilih fail CSV</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="156"/>
        <source>Import message</source>
        <translation>Mesej import</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="161"/>
        <source>Import progress</source>
        <translation>Kemajuan import</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="171"/>
        <source>First rows of the file</source>
        <translation>Baris pertama fail</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="181"/>
        <source>No file yet</source>
        <translation>Belum ada fail</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="182"/>
        <source>Choose a CSV file: its first rows and anything wrong with it show here before you import.</source>
        <translation>Pilih fail CSV: baris pertamanya dan sebarang masalah padanya dipaparkan di sini sebelum anda mengimport.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="194"/>
        <source>Problems found in the file</source>
        <translation>Masalah yang ditemui dalam fail</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="199"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="202"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="219"/>
        <source>Choose a CSV file of advocates</source>
        <translation>Pilih fail CSV penyokong</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="219"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fail CSV (*.csv);;Semua fail (*)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="232"/>
        <source>Reading %1…</source>
        <translation>Membaca %1…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="233"/>
        <source>Reading the file…</source>
        <translation>Membaca fail…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="233"/>
        <source>Its first rows show here in a moment.</source>
        <translation>Baris pertamanya akan dipaparkan di sini sebentar lagi.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="250"/>
        <source>Importing %1 advocates…</source>
        <translation>Mengimport %1 penyokong…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="266"/>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="300"/>
        <source>Every row is fine: %1 advocates are ready to import.</source>
        <translation>Semua baris baik: %1 penyokong sedia untuk diimport.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="307"/>
        <source>%1 row(s) have problems, listed below. Fix them in the file and choose it again; nothing will be imported until every row is fine.</source>
        <translation>%1 baris bermasalah, disenaraikan di bawah. Betulkan dalam fail dan pilih semula; tiada apa yang akan diimport sehingga semua baris baik.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="319"/>
        <source>%1 ADVOCATES IMPORTED</source>
        <translation>%1 PENYOKONG DIIMPORT</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="320"/>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="321"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="322"/>
        <source>Imported %1 advocates.</source>
        <translation>%1 penyokong telah diimport.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="328"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Dibatalkan: tiada apa yang diimport.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="330"/>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="335"/>
        <source>Nothing to preview</source>
        <translation>Tiada apa untuk dipratonton</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="330"/>
        <source>Choose a CSV file to see its rows.</source>
        <translation>Pilih fail CSV untuk melihat barisnya.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="336"/>
        <source>Fix the file as the message above says, then choose it again.</source>
        <translation>Betulkan fail seperti yang dinyatakan dalam mesej di atas, kemudian pilih semula.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="375"/>
        <source>PREVIEW</source>
        <translation>PRATONTON</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="378"/>
        <source>%1 ADVOCATES TO IMPORT · FIRST %2 SHOWN</source>
        <translation>%1 PENYOKONG UNTUK DIIMPORT · %2 YANG PERTAMA DIPAPARKAN</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="383"/>
        <source>%1 ADVOCATES TO IMPORT</source>
        <translation>%1 PENYOKONG UNTUK DIIMPORT</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="392"/>
        <source>… and %1 more</source>
        <translation>… dan %1 lagi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="393"/>
        <source>%1 PROBLEM(S)</source>
        <translation>%1 MASALAH</translation>
    </message>
</context>
<context>
    <name>JoinScreen</name>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="199"/>
        <source>Join the advocate program</source>
        <translation>Sertai program penyokong</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="204"/>
        <source>Your name</source>
        <translation>Nama anda</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="205"/>
        <source>Your email</source>
        <translation>E-mel anda</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="206"/>
        <source>Company (optional)</source>
        <translation>Syarikat (pilihan)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="212"/>
        <source>I agree to join the program and for my details to be stored (required)</source>
        <translation>Saya bersetuju untuk menyertai program ini dan membenarkan butiran saya disimpan (wajib)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="214"/>
        <source>You may contact me about the program</source>
        <translation>Anda boleh menghubungi saya tentang program ini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="215"/>
        <source>You may show my name on leaderboards and quotes</source>
        <translation>Anda boleh memaparkan nama saya pada papan pendahulu dan petikan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="222"/>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="224"/>
        <source>Join and continue</source>
        <translation>Sertai dan teruskan</translation>
    </message>
</context>
<context>
    <name>KindChart</name>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="353"/>
        <source>Participation per kind</source>
        <translation>Penyertaan mengikut jenis</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="355"/>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="362"/>
        <source>Participation</source>
        <translation>Penyertaan</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="76"/>
        <source>%1 kiosk</source>
        <translation>Kiosk %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="121"/>
        <source>DEMO · sample data</source>
        <translation>DEMO · data contoh</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="123"/>
        <source>Demo program: sample data that never syncs</source>
        <translation>Program demo: data contoh yang tidak pernah disegerakkan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="126"/>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="127"/>
        <source>Staff: hold to leave kiosk mode</source>
        <translation>Kakitangan: tekan lama untuk keluar daripada mod kiosk</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="164"/>
        <source>I&apos;m still here</source>
        <translation>Saya masih di sini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="203"/>
        <source>Still there? Signing out in 1 second</source>
        <translation>Masih di situ? Log keluar dalam 1 saat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="205"/>
        <source>Still there? Signing out in %1 seconds</source>
        <translation>Masih di situ? Log keluar dalam %1 saat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="262"/>
        <source>Welcome! Tell us a little about yourself to take part.</source>
        <translation>Selamat datang! Ceritakan sedikit tentang diri anda untuk turut serta.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="267"/>
        <source>That is not a member code. Type your email address, or the code on your badge (8 letters and digits).</source>
        <translation>Itu bukan kod ahli. Taipkan alamat e-mel anda, atau kod pada tag nama anda (8 huruf dan digit).</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="348"/>
        <source>You earned %1 points.</source>
        <translation>Anda memperoleh %1 mata.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="350"/>
        <source>All done.</source>
        <translation>Semua selesai.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="352"/>
        <source>A moderator will look at it soon; your points follow once it is approved.</source>
        <translation>Moderator akan menyemaknya tidak lama lagi; mata anda diberikan setelah ia diluluskan.</translation>
    </message>
</context>
<context>
    <name>LeaderboardPage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="89"/>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="100"/>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="131"/>
        <source>Leaderboard</source>
        <translation>Papan pendahulu</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="94"/>
        <source>&amp;Jump to me</source>
        <translation>&amp;Lompat ke saya</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="94"/>
        <source>Jump to my row</source>
        <translation>Lompat ke baris saya</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="96"/>
        <source>Scroll to your place on this board (Alt+J)</source>
        <translation>Tatal ke kedudukan anda di papan ini (Alt+L)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="106"/>
        <source>Leaderboard period</source>
        <translation>Tempoh papan pendahulu</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="113"/>
        <source>All time</source>
        <translation>Sepanjang masa</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="113"/>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="113"/>
        <source>This week</source>
        <translation>Minggu ini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="118"/>
        <source>Board</source>
        <translation>Papan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="121"/>
        <source>Whose board: everyone or one group</source>
        <translation>Papan siapa: semua orang atau satu kumpulan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="123"/>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="216"/>
        <source>Everyone</source>
        <translation>Semua orang</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="148"/>
        <source>Your place on this board</source>
        <translation>Kedudukan anda di papan ini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="156"/>
        <source>Your place on this board: click to jump to it</source>
        <translation>Kedudukan anda di papan ini: klik untuk melompat ke sana</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="240"/>
        <source>1 advocate</source>
        <translation>1 penyokong</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="240"/>
        <source>%1 advocates</source>
        <translation>%1 penyokong</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="258"/>
        <source>No points this week yet</source>
        <translation>Belum ada mata minggu ini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="259"/>
        <source>This week&apos;s board fills as advocates complete challenges. Complete one to lead it.</source>
        <translation>Papan minggu ini terisi apabila penyokong menyelesaikan cabaran. Selesaikan satu untuk mendahuluinya.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="262"/>
        <source>No points this month yet</source>
        <translation>Belum ada mata bulan ini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="263"/>
        <source>This month&apos;s board fills as advocates complete challenges. Complete one to lead it.</source>
        <translation>Papan bulan ini terisi apabila penyokong menyelesaikan cabaran. Selesaikan satu untuk mendahuluinya.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="265"/>
        <source>Nobody on this board yet</source>
        <translation>Belum ada sesiapa di papan ini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="266"/>
        <source>Advocates appear here as they earn points. Complete a challenge to be the first.</source>
        <translation>Penyokong dipaparkan di sini apabila mereka memperoleh mata. Selesaikan cabaran untuk menjadi yang pertama.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="272"/>
        <source>You&apos;re not on this board yet. Earn points this week to join it.</source>
        <translation>Anda belum ada di papan ini. Kumpul mata minggu ini untuk menyertainya.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="273"/>
        <source>You&apos;re not on this board yet. Earn points this month to join it.</source>
        <translation>Anda belum ada di papan ini. Kumpul mata bulan ini untuk menyertainya.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="274"/>
        <source>You&apos;re not on this board yet. Earn points here to join it.</source>
        <translation>Anda belum ada di papan ini. Kumpul mata di sini untuk menyertainya.</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="151"/>
        <location filename="../../advocate_hub/ui/views/profile.py" line="167"/>
        <source>Leave the program</source>
        <translation>Tarik diri daripada program</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="156"/>
        <source>Leave the program?</source>
        <translation>Tarik diri daripada program?</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="159"/>
        <source>You will receive no more challenges and disappear from leaderboards. Your points are kept, and you can rejoin at any time.</source>
        <translation>Anda tidak akan menerima cabaran lagi dan tidak akan dipaparkan di papan pendahulu. Mata anda disimpan, dan anda boleh menyertai semula pada bila-bila masa.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="168"/>
        <source>Stay</source>
        <translation>Kekal</translation>
    </message>
</context>
<context>
    <name>LinkForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="213"/>
        <source>Link to what you did</source>
        <translation>Pautan kepada apa yang anda lakukan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="219"/>
        <source>Link to your post, review or answer</source>
        <translation>Pautan ke hantaran, ulasan atau jawapan anda</translation>
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
        <translation>Bahagian</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/main_window.py" line="134"/>
        <location filename="../../advocate_hub/ui/main_window.py" line="136"/>
        <source>Manage the program</source>
        <translation>Urus program</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/main_window.py" line="149"/>
        <source>Switch person</source>
        <translation>Tukar orang</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/main_window.py" line="151"/>
        <location filename="../../advocate_hub/ui/main_window.py" line="167"/>
        <source>About Advocate Hub</source>
        <translation>Perihal Advocate Hub</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/main_window.py" line="152"/>
        <source>Version, data folder and log file (F1)</source>
        <translation>Versi, folder data dan fail log (F1)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/main_window.py" line="162"/>
        <source>Sync now</source>
        <translation>Segerakkan sekarang</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/main_window.py" line="233"/>
        <source>Signed in as %1
%2</source>
        <translation>Log masuk sebagai %1
%2</translation>
    </message>
</context>
<context>
    <name>MediaForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="233"/>
        <source>Link to your video (a shared drive or an unlisted upload is fine)</source>
        <translation>Pautan ke video anda (pemacu kongsi atau muat naik tidak tersenarai pun boleh)</translation>
    </message>
</context>
<context>
    <name>MetricsPage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="109"/>
        <source>Metrics</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="134"/>
        <source>Computing the metrics</source>
        <translation>Mengira metrik</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="142"/>
        <source>Date range</source>
        <translation>Julat tarikh</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="144"/>
        <source>Last 30 days</source>
        <translation>30 hari lepas</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="145"/>
        <source>This quarter</source>
        <translation>Suku tahun ini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="146"/>
        <source>This year</source>
        <translation>Tahun ini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="147"/>
        <source>Custom range</source>
        <translation>Julat tersuai</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="152"/>
        <source>First day of the range</source>
        <translation>Hari pertama julat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="153"/>
        <source>Last day of the range</source>
        <translation>Hari terakhir julat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="157"/>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="478"/>
        <source>Export PDF summary</source>
        <translation>Eksport ringkasan PDF</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="187"/>
        <source>Asks completed</source>
        <translation>Cabaran diselesaikan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="188"/>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="244"/>
        <source>Content delivered</source>
        <translation>Kandungan dihasilkan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="189"/>
        <source>Referrals (won)</source>
        <translation>Rujukan (berjaya)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="190"/>
        <source>Average won deal</source>
        <translation>Purata nilai urus niaga berjaya</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="191"/>
        <source>Redeemed a reward</source>
        <translation>Pernah menebus ganjaran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="192"/>
        <source>Opt-out rate</source>
        <translation>Kadar tarik diri</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="193"/>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="284"/>
        <source>At risk of over-asking</source>
        <translation>Berisiko diminta berlebihan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="213"/>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="356"/>
        <source>Asks completed per week</source>
        <translation>Cabaran diselesaikan setiap minggu</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="215"/>
        <source>Nothing completed yet</source>
        <translation>Belum ada yang diselesaikan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="215"/>
        <source>No approved submissions in this range; try a longer one.</source>
        <translation>Tiada serahan yang diluluskan dalam julat ini; cuba julat yang lebih panjang.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="228"/>
        <source>Tier distribution</source>
        <translation>Taburan peringkat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="230"/>
        <source>No active advocates</source>
        <translation>Tiada penyokong aktif</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="230"/>
        <source>Invite advocates to see how they spread over the tiers.</source>
        <translation>Jemput penyokong untuk melihat taburan mereka merentas peringkat.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="236"/>
        <source>Participation per kind</source>
        <translation>Penyertaan mengikut jenis</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="238"/>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="275"/>
        <source>No challenges ran</source>
        <translation>Tiada cabaran dijalankan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="238"/>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="275"/>
        <source>No challenge was open in this range.</source>
        <translation>Tiada cabaran dibuka dalam julat ini.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="241"/>
        <source>Content</source>
        <translation>Kandungan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="241"/>
        <source>Delivered</source>
        <translation>Dihasilkan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="241"/>
        <source>Advocates</source>
        <translation>Penyokong</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="241"/>
        <source>Used</source>
        <translation>Digunakan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="246"/>
        <source>No content yet</source>
        <translation>Belum ada kandungan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="246"/>
        <source>Approved reviews, testimonials and case studies appear here.</source>
        <translation>Ulasan, testimoni dan kajian kes yang diluluskan dipaparkan di sini.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="261"/>
        <source>Challenge</source>
        <translation>Cabaran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="262"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="263"/>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="264"/>
        <source>Submissions</source>
        <translation>Serahan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="265"/>
        <source>Approved</source>
        <translation>Diluluskan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="266"/>
        <source>Declines</source>
        <translation>Penolakan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="267"/>
        <source>Participation</source>
        <translation>Penyertaan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="273"/>
        <source>Participation per challenge</source>
        <translation>Penyertaan mengikut cabaran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="280"/>
        <source>Advocate</source>
        <translation>Penyokong</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="280"/>
        <source>Email</source>
        <translation>E-mel</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="280"/>
        <source>Tier</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="280"/>
        <source>Asks, 30 days</source>
        <translation>Cabaran, 30 hari</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="280"/>
        <source>Last ask</source>
        <translation>Cabaran terakhir</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="286"/>
        <source>Nobody is over-asked</source>
        <translation>Tiada yang diminta berlebihan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="286"/>
        <source>No active advocate is close to the limit of asks per 30 days.</source>
        <translation>Tiada penyokong aktif yang hampir mencapai had cabaran bagi setiap 30 hari.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="347"/>
        <source>%1 · %2 active advocates · engagement measured over the 30 days to %3</source>
        <translation>%1 · %2 penyokong aktif · penglibatan diukur dalam tempoh 30 hari hingga %3</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="356"/>
        <source>Asks completed per month</source>
        <translation>Cabaran diselesaikan setiap bulan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="392"/>
        <source>Active advocates with at least %1 asks in the last 30 days (the limit is %2); at the limit, new asks are held back. %3 in all.</source>
        <translation>Penyokong aktif dengan sekurang-kurangnya %1 cabaran dalam 30 hari lepas (hadnya %2); apabila mencapai had, cabaran baharu ditahan. Jumlah: %3.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="469"/>
        <source>Export %1</source>
        <translation>Eksport %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="488"/>
        <source>Could not write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="494"/>
        <source>Saved %1</source>
        <translation>%1 disimpan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="43"/>
        <source>Reviews</source>
        <translation>Ulasan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="44"/>
        <source>Written testimonials</source>
        <translation>Testimoni bertulis</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="45"/>
        <source>Video testimonials</source>
        <translation>Testimoni video</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="46"/>
        <source>Case studies</source>
        <translation>Kajian kes</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="47"/>
        <source>Social shares</source>
        <translation>Perkongsian media sosial</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="61"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="63"/>
        <source>%1 h</source>
        <translation>%1 jam</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="66"/>
        <source>%1 d</source>
        <translation>%1 hari</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="95"/>
        <source>Active advocates</source>
        <translation>Penyokong aktif</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="97"/>
        <source>%1 opted out in this range</source>
        <translation>%1 menarik diri dalam julat ini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="100"/>
        <source>Advocates whose membership is active now (moderators and staff not counted).</source>
        <translation>Penyokong yang keahliannya aktif sekarang (moderator dan kakitangan tidak dikira).</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="107"/>
        <source>Engaged, 30 days</source>
        <translation>Terlibat, 30 hari</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="109"/>
        <source>%1 of %2 took part</source>
        <translation>%1 daripada %2 mengambil bahagian</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="112"/>
        <source>Active advocates with a submission in the 30 days before the end of the range (or today).</source>
        <translation>Penyokong aktif yang membuat serahan dalam tempoh 30 hari sebelum akhir julat (atau hari ini).</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="120"/>
        <source>Approval rate</source>
        <translation>Kadar kelulusan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="122"/>
        <source>%1 approved, %2 rejected</source>
        <translation>%1 diluluskan, %2 ditolak</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="125"/>
        <source>Approved / (approved + rejected), over moderators&apos; decisions in the range; auto-approvals left out.</source>
        <translation>Diluluskan / (diluluskan + ditolak), bagi keputusan moderator dalam julat ini; kelulusan automatik tidak dikira.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="133"/>
        <source>Median wait</source>
        <translation>Median masa menunggu</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="135"/>
        <source>over %1 decisions</source>
        <translation>bagi %1 keputusan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="136"/>
        <source>Median time from submission to a moderator&apos;s decision, for decisions made in the range.</source>
        <translation>Median masa dari serahan hingga keputusan moderator, bagi keputusan yang dibuat dalam julat ini.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="143"/>
        <source>Referral conversion</source>
        <translation>Penukaran rujukan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="145"/>
        <source>%1 won of %2 decided</source>
        <translation>%1 berjaya daripada %2 yang telah diputuskan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="148"/>
        <source>Won / (won + lost), over referrals created in the range; open referrals do not count.</source>
        <translation>Berjaya / (berjaya + gagal), bagi rujukan yang dicipta dalam julat ini; rujukan yang masih terbuka tidak dikira.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="155"/>
        <source>Advocate NPS</source>
        <translation>NPS penyokong</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="157"/>
        <source>%1 responses</source>
        <translation>%1 respons</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="158"/>
        <source>% promoters (9-10) minus % detractors (0-6), each advocate&apos;s latest answer in the range.</source>
        <translation>% promoter (9-10) tolak % pengkritik (0-6), berdasarkan jawapan terkini setiap penyokong dalam julat ini.</translation>
    </message>
</context>
<context>
    <name>MetricsSummary</name>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="64"/>
        <source>Asks completed</source>
        <translation>Cabaran diselesaikan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="66"/>
        <source>Content delivered</source>
        <translation>Kandungan dihasilkan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="69"/>
        <source>Referrals (won)</source>
        <translation>Rujukan (berjaya)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="70"/>
        <source>Average won deal</source>
        <translation>Purata nilai urus niaga berjaya</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="71"/>
        <source>Redeemed a reward</source>
        <translation>Pernah menebus ganjaran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="72"/>
        <source>Opt-out rate</source>
        <translation>Kadar tarik diri</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="73"/>
        <source>At risk of over-asking</source>
        <translation>Berisiko diminta berlebihan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="78"/>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="105"/>
        <source>Tier</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="79"/>
        <source>Advocates</source>
        <translation>Penyokong</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="86"/>
        <source>Content</source>
        <translation>Kandungan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="87"/>
        <source>Delivered</source>
        <translation>Dihasilkan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="88"/>
        <source>Used</source>
        <translation>Digunakan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="95"/>
        <source>Challenge</source>
        <translation>Cabaran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="96"/>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="97"/>
        <source>Rate</source>
        <translation>Kadar</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="104"/>
        <source>Advocate</source>
        <translation>Penyokong</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="106"/>
        <source>Asks, 30 days</source>
        <translation>Cabaran, 30 hari</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="118"/>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="157"/>
        <source>program summary</source>
        <translation>ringkasan program</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="119"/>
        <source>generated</source>
        <translation>dijana</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="120"/>
        <source>ASKS COMPLETED PER</source>
        <translation>CABARAN DISELESAIKAN SETIAP</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="121"/>
        <source>MORE FIGURES</source>
        <translation>ANGKA LAIN</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="122"/>
        <source>TIERS</source>
        <translation>PERINGKAT</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="123"/>
        <source>CONTENT DELIVERED</source>
        <translation>KANDUNGAN DIHASILKAN</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="124"/>
        <source>AT RISK OF OVER-ASKING</source>
        <translation>BERISIKO DIMINTA BERLEBIHAN</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="125"/>
        <source>TOP CHALLENGES BY PARTICIPATION</source>
        <translation>CABARAN TERATAS MENGIKUT PENYERTAAN</translation>
    </message>
</context>
<context>
    <name>ModerationModel</name>
    <message>
        <location filename="../../advocate_hub/ui/models/moderation_model.py" line="42"/>
        <source>just now</source>
        <translation>baru sahaja</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/moderation_model.py" line="44"/>
        <source>%1 h</source>
        <translation>%1 jam</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/moderation_model.py" line="45"/>
        <source>%1 d</source>
        <translation>%1 hari</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/moderation_model.py" line="123"/>
        <source>%1, %2, waiting %3</source>
        <translation>%1, %2, menunggu %3</translation>
    </message>
</context>
<context>
    <name>ModerationPage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="93"/>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="94"/>
        <source>Moderation</source>
        <translation>Moderasi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="102"/>
        <source>Templates…</source>
        <translation>Templat…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="103"/>
        <source>Edit message templates</source>
        <translation>Sunting templat mesej</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="117"/>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="408"/>
        <source>All caught up</source>
        <translation>Semuanya sudah selesai</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="118"/>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="409"/>
        <source>Nothing is waiting for a decision. New submissions appear here as advocates send them.</source>
        <translation>Tiada apa yang menunggu keputusan. Serahan baharu dipaparkan di sini apabila penyokong menghantarnya.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="120"/>
        <source>Show every submission</source>
        <translation>Papar semua serahan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="189"/>
        <source>Filter by kind</source>
        <translation>Tapis mengikut jenis</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="190"/>
        <source>All kinds</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="194"/>
        <source>Filter by challenge</source>
        <translation>Tapis mengikut cabaran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="195"/>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="349"/>
        <source>All challenges</source>
        <translation>Semua cabaran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="199"/>
        <source>Search advocates by name or email</source>
        <translation>Cari penyokong mengikut nama atau e-mel</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="200"/>
        <source>Advocate name or email</source>
        <translation>Nama atau e-mel penyokong</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="205"/>
        <source>Clear search</source>
        <translation>Kosongkan carian</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="205"/>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="206"/>
        <source>Filter by waiting time</source>
        <translation>Tapis mengikut masa menunggu</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="218"/>
        <source>Any wait</source>
        <translation>Sebarang tempoh</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="220"/>
        <source>Waiting %1 h or more</source>
        <translation>Menunggu %1 jam atau lebih</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="222"/>
        <source>Waiting a day or more</source>
        <translation>Menunggu sehari atau lebih</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="224"/>
        <source>Waiting a week or more</source>
        <translation>Menunggu seminggu atau lebih</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="225"/>
        <source>Waiting %1 days or more</source>
        <translation>Menunggu %1 hari atau lebih</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="235"/>
        <source>Pending submissions</source>
        <translation>Serahan belum diputuskan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="236"/>
        <source>J / K: next / previous · A approve · R reject · C ask for changes</source>
        <translation>J / K: seterusnya / sebelumnya · A luluskan · R tolak · C minta perubahan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="247"/>
        <source>Approve selected (0)</source>
        <translation>Luluskan yang dipilih (0)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="249"/>
        <source>Approve every selected submission with the note as thank-you (Shift+A)</source>
        <translation>Luluskan setiap serahan yang dipilih dengan nota sebagai ucapan terima kasih (Shift+A)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="336"/>
        <source>1 waiting</source>
        <translation>1 menunggu</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="336"/>
        <source>%1 waiting</source>
        <translation>%1 menunggu</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="339"/>
        <source>%1 · median wait %2</source>
        <translation>%1 · median menunggu %2</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="344"/>
        <source>under 1 h</source>
        <translation>kurang 1 jam</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="345"/>
        <source>%1 h</source>
        <translation>%1 jam</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="352"/>
        <source>Chosen challenge (0)</source>
        <translation>Cabaran dipilih (0)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="395"/>
        <source>Approve selected (%1)</source>
        <translation>Luluskan yang dipilih (%1)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="403"/>
        <source>Nothing matches these filters</source>
        <translation>Tiada yang sepadan dengan penapis ini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="404"/>
        <source>Other submissions are still waiting: show every submission to see them.</source>
        <translation>Serahan lain masih menunggu: papar semua serahan untuk melihatnya.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="444"/>
        <source>why it is rejected</source>
        <translation>sebab ia ditolak</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="444"/>
        <source>what should change</source>
        <translation>apa yang perlu diubah</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="446"/>
        <source>Write %1 first: the advocate will read it. Then press Ctrl+Enter.</source>
        <translation>Tulis %1 dahulu: penyokong akan membacanya. Kemudian tekan Ctrl+Enter.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="451"/>
        <source>Approved %1&apos;s submission</source>
        <translation>Serahan %1 diluluskan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="452"/>
        <source>Rejected %1&apos;s submission</source>
        <translation>Serahan %1 ditolak</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="453"/>
        <source>Asked %1 for changes</source>
        <translation>Perubahan diminta daripada %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="478"/>
        <source>Write the message first, then save it as a template.</source>
        <translation>Tulis mesej dahulu, kemudian simpan sebagai templat.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="484"/>
        <source>Saved as a template</source>
        <translation>Disimpan sebagai templat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="498"/>
        <source>Approved %1 submissions</source>
        <translation>%1 serahan diluluskan</translation>
    </message>
</context>
<context>
    <name>ModeratorConfirmsForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="345"/>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="351"/>
        <source>When suits you? (optional)</source>
        <translation>Bila masa yang sesuai untuk anda? (pilihan)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="346"/>
        <source>Days and times that work for you, or anything we should know</source>
        <translation>Hari dan masa yang sesuai untuk anda, atau apa-apa yang perlu kami tahu</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="350"/>
        <source>The team gets in touch to set it up, and confirms once it has happened.</source>
        <translation>Pasukan akan menghubungi anda untuk mengaturnya, dan mengesahkannya setelah ia berlangsung.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="355"/>
        <source>Count me in</source>
        <translation>Sertakan saya</translation>
    </message>
</context>
<context>
    <name>NoProofForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="202"/>
        <source>Nothing to send: mark it as done when you have.</source>
        <translation>Tiada apa untuk dihantar: tandakan sebagai selesai setelah anda melakukannya.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="205"/>
        <source>Mark as done</source>
        <translation>Tandakan selesai</translation>
    </message>
</context>
<context>
    <name>NominateDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="390"/>
        <source>Nominate someone</source>
        <translation>Calonkan seseorang</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="393"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="393"/>
        <source>Their full name</source>
        <translation>Nama penuh mereka</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="394"/>
        <source>Email</source>
        <translation>E-mel</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="395"/>
        <source>Company</source>
        <translation>Syarikat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="395"/>
        <source>Optional</source>
        <translation>Pilihan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="406"/>
        <source>They join as nominated; invite them when you are ready.</source>
        <translation>Mereka ditambah dengan status dicalonkan; jemput mereka apabila anda bersedia.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="408"/>
        <source>Nominate</source>
        <translation>Calonkan</translation>
    </message>
</context>
<context>
    <name>PeriodChart</name>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="256"/>
        <source>Asks completed per period</source>
        <translation>Cabaran diselesaikan setiap tempoh</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="258"/>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="264"/>
        <source>Asks completed</source>
        <translation>Cabaran diselesaikan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="259"/>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="265"/>
        <source>Other activities</source>
        <translation>Aktiviti lain</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="37"/>
        <source>Leave kiosk mode</source>
        <translation>Keluar daripada mod kiosk</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="42"/>
        <source>Staff only: enter the kiosk PIN</source>
        <translation>Kakitangan sahaja: masukkan PIN kiosk</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="43"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="49"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="51"/>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="79"/>
        <source>Wrong PIN. 1 try left before a lock.</source>
        <translation>PIN salah. Tinggal 1 cubaan sebelum dikunci.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="81"/>
        <source>Wrong PIN. %1 tries left before a lock.</source>
        <translation>PIN salah. Tinggal %1 cubaan sebelum dikunci.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="99"/>
        <source>Too many wrong tries. Locked for %1.</source>
        <translation>Terlalu banyak cubaan salah. Dikunci selama %1.</translation>
    </message>
</context>
<context>
    <name>PreviewCard</name>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="133"/>
        <source>Open</source>
        <translation>Dibuka</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="135"/>
        <source>Expired</source>
        <translation>Tamat tempoh</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="137"/>
        <source>Locked</source>
        <translation>Berkunci</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="142"/>
        <source>Coming soon: opens %1 UTC.</source>
        <translation>Akan datang: dibuka %1 UTC.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="84"/>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="85"/>
        <source>Email</source>
        <translation>E-mel</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="86"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="87"/>
        <source>Company</source>
        <translation>Syarikat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="88"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="89"/>
        <source>Groups</source>
        <translation>Kumpulan</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="187"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="202"/>
        <source>About you</source>
        <translation>Tentang anda</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="206"/>
        <location filename="../../advocate_hub/ui/views/profile.py" line="217"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="207"/>
        <location filename="../../advocate_hub/ui/views/profile.py" line="218"/>
        <source>Company</source>
        <translation>Syarikat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="210"/>
        <location filename="../../advocate_hub/ui/views/profile.py" line="219"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="236"/>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="237"/>
        <source>Publish my name</source>
        <translation>Terbitkan nama saya</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="238"/>
        <source>The team may contact me</source>
        <translation>Pasukan boleh menghubungi saya</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="243"/>
        <source>Your name may appear on leaderboards and with the quotes, stories and case studies you give. Off: leaderboards show you as a numbered advocate.</source>
        <translation>Nama anda boleh dipaparkan pada papan pendahulu dan bersama petikan, cerita dan kajian kes yang anda berikan. Dimatikan: papan pendahulu memaparkan anda sebagai penyokong bernombor.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="247"/>
        <source>By email or phone, about challenges, references and events.</source>
        <translation>Melalui e-mel atau telefon, tentang cabaran, panggilan dengan bakal pelanggan dan acara.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="257"/>
        <source>Asks you would rather not get</source>
        <translation>Cabaran yang anda tidak mahu terima</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="260"/>
        <source>Tick what you never want to be asked for. Everything else stays open to you.</source>
        <translation>Tandakan perkara yang anda tidak mahu diminta. Selebihnya kekal terbuka untuk anda.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="271"/>
        <source>Save changes</source>
        <translation>Simpan perubahan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="279"/>
        <source>Invite a colleague</source>
        <translation>Jemput rakan sekerja</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="281"/>
        <source>Share your code or link. You earn points as your referral moves along.</source>
        <translation>Kongsi kod atau pautan anda. Anda memperoleh mata setiap kali rujukan anda mara ke tahap seterusnya.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="285"/>
        <source>Referral code</source>
        <translation>Kod rujukan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="291"/>
        <source>Copy link</source>
        <translation>Salin pautan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="299"/>
        <source>QR code of your referral link</source>
        <translation>Kod QR pautan rujukan anda</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="304"/>
        <source>Scan to open your link on a phone.</source>
        <translation>Imbas untuk membuka pautan anda pada telefon.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="314"/>
        <source>Membership</source>
        <translation>Keahlian</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="317"/>
        <source>Leave the program</source>
        <translation>Tarik diri daripada program</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="319"/>
        <source>Rejoin the program</source>
        <translation>Sertai semula program</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="332"/>
        <source>App language</source>
        <translation>Bahasa aplikasi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="335"/>
        <source>App language on this computer</source>
        <translation>Bahasa aplikasi pada komputer ini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="336"/>
        <source>System default</source>
        <translation>Lalai sistem</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="341"/>
        <source>Screens on this computer</source>
        <translation>Paparan pada komputer ini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="353"/>
        <source>Saved. The app uses %1 the next time it opens.</source>
        <translation>Disimpan. Aplikasi akan menggunakan %1 apabila dibuka pada kali seterusnya.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="394"/>
        <source>You have left the program: no challenges reach you and you are on no leaderboard. Your points are kept. Rejoin whenever you like.</source>
        <translation>Anda telah menarik diri daripada program: tiada cabaran akan sampai kepada anda dan anda tiada di mana-mana papan pendahulu. Mata anda disimpan. Sertai semula bila-bila masa anda mahu.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="398"/>
        <source>You are a member. You can leave at any time, no questions asked; your points are kept.</source>
        <translation>Anda seorang ahli. Anda boleh menarik diri pada bila-bila masa tanpa sebarang soalan; mata anda tetap disimpan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="418"/>
        <source>Signed in with %1</source>
        <translation>Log masuk dengan %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="437"/>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="449"/>
        <source>Saved. Your choices apply from now on.</source>
        <translation>Disimpan. Pilihan anda berkuat kuasa mulai sekarang.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="488"/>
        <source>Link copied</source>
        <translation>Pautan disalin</translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <location filename="../../advocate_hub/ui/picker.py" line="26"/>
        <source>Who are you?</source>
        <translation>Siapakah anda?</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/picker.py" line="31"/>
        <source>Choose your profile</source>
        <translation>Pilih profil anda</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/picker.py" line="32"/>
        <source>Working offline on this computer&apos;s program.</source>
        <translation>Bekerja di luar talian dengan program pada komputer ini.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/picker.py" line="35"/>
        <source>Search by email</source>
        <translation>Cari mengikut e-mel</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/picker.py" line="36"/>
        <source>Search people</source>
        <translation>Cari orang</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/picker.py" line="41"/>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/picker.py" line="48"/>
        <source>Open as the selected person</source>
        <translation>Buka sebagai orang yang dipilih</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/picker.py" line="52"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>ProofForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="111"/>
        <source>Submit</source>
        <translation>Hantar</translation>
    </message>
</context>
<context>
    <name>ProofView</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="61"/>
        <source>Open link</source>
        <translation>Buka pautan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="61"/>
        <source>Open the proof link</source>
        <translation>Buka pautan bukti</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="63"/>
        <source>Open the link in your browser</source>
        <translation>Buka pautan dalam pelayar anda</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="99"/>
        <source>Opens in your browser</source>
        <translation>Dibuka dalam pelayar anda</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="119"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="120"/>
        <source>Email</source>
        <translation>E-mel</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="121"/>
        <source>Company</source>
        <translation>Syarikat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="121"/>
        <source>Not given</source>
        <translation>Tidak diberikan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="128"/>
        <source>They agreed to be contacted.</source>
        <translation>Mereka bersetuju untuk dihubungi.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="130"/>
        <source>Event code: %1</source>
        <translation>Kod acara: %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="134"/>
        <source>Nothing to check in the app: confirm with the team that it happened.</source>
        <translation>Tiada apa untuk disemak dalam aplikasi: sahkan dengan pasukan bahawa ia telah berlangsung.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="140"/>
        <source>This challenge needs no proof.</source>
        <translation>Cabaran ini tidak memerlukan bukti.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="29"/>
        <source>1 day</source>
        <translation>1 hari</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="29"/>
        <source>%1 days</source>
        <translation>%1 hari</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="31"/>
        <source>1 hour</source>
        <translation>1 jam</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="31"/>
        <source>%1 hours</source>
        <translation>%1 jam</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="32"/>
        <source>just now</source>
        <translation>baru sahaja</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="37"/>
        <source>Status</source>
        <comment>reward category</comment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="38"/>
        <source>Access</source>
        <translation>Akses</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="39"/>
        <source>Power</source>
        <translation>Pengaruh</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="40"/>
        <source>Stuff</source>
        <translation>Barangan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/leaderboard_model.py" line="103"/>
        <source>Rank</source>
        <translation>Kedudukan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/leaderboard_model.py" line="104"/>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="87"/>
        <source>Tier</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/leaderboard_model.py" line="105"/>
        <source>Advocate</source>
        <translation>Penyokong</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/leaderboard_model.py" line="106"/>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="89"/>
        <source>Points</source>
        <translation>Mata</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/leaderboard_model.py" line="124"/>
        <source>%1, you</source>
        <translation>%1, anda</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/leaderboard_model.py" line="126"/>
        <source>%1 tier</source>
        <translation>Peringkat %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/leaderboard_model.py" line="149"/>
        <source>Advocate #%1</source>
        <translation>Penyokong #%1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="50"/>
        <source>Nominated</source>
        <translation>Dicalonkan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="51"/>
        <source>Invited</source>
        <translation>Dijemput</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="52"/>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="53"/>
        <source>Opted out</source>
        <translation>Menarik diri</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="54"/>
        <source>Alumni</source>
        <translation>Alumni</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="55"/>
        <source>Deactivated</source>
        <translation>Dinyahaktifkan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="62"/>
        <source>%1 is now nominated.</source>
        <translation>%1 kini dicalonkan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="63"/>
        <source>%1 is now invited.</source>
        <translation>%1 kini dijemput.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="64"/>
        <source>%1 is now active.</source>
        <translation>%1 kini aktif.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="65"/>
        <source>%1 has now opted out.</source>
        <translation>%1 kini telah menarik diri.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="66"/>
        <source>%1 is now an alumnus.</source>
        <translation>%1 kini seorang alumni.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="67"/>
        <source>%1 is now deactivated.</source>
        <translation>%1 kini dinyahaktifkan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="74"/>
        <source>Never</source>
        <translation>Tidak pernah</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="77"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="79"/>
        <source>Yesterday</source>
        <translation>Semalam</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="80"/>
        <source>%1 days ago</source>
        <translation>%1 hari lalu</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="85"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="86"/>
        <source>Email</source>
        <translation>E-mel</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="88"/>
        <source>Status</source>
        <comment>roster column</comment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="90"/>
        <source>Last active</source>
        <translation>Aktif terakhir</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="91"/>
        <source>Asks 30d</source>
        <translation>30 hari</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="151"/>
        <source>At the asking limit of %1 in 30 days</source>
        <translation>Mencapai had %1 cabaran dalam 30 hari</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <location filename="../../advocate_hub/ui/app.py" line="108"/>
        <source>Home</source>
        <translation>Utama</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/app.py" line="109"/>
        <location filename="../../advocate_hub/ui/workspace.py" line="31"/>
        <source>Challenges</source>
        <translation>Cabaran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/app.py" line="112"/>
        <source>Leaderboard</source>
        <translation>Papan pendahulu</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/app.py" line="114"/>
        <source>Badges</source>
        <translation>Lencana</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/app.py" line="115"/>
        <source>Rewards</source>
        <translation>Ganjaran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/app.py" line="116"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/app.py" line="120"/>
        <source>Compare tiers</source>
        <translation>Bandingkan peringkat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/app.py" line="260"/>
        <source>Cannot open the program</source>
        <translation>Tidak dapat membuka program</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/app.py" line="263"/>
        <source>Data folder: %1
To check it, run:
  advocate-hub doctor --data-dir %1</source>
        <translation>Folder data: %1
Untuk menyemaknya, jalankan:
  advocate-hub doctor --data-dir %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="37"/>
        <source>Reset the demo?</source>
        <translation>Set semula demo?</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="38"/>
        <source>Everything done in this demo since it was seeded will be lost, and the demo starts afresh.</source>
        <translation>Semua yang dilakukan dalam demo ini sejak ia disediakan akan hilang, dan demo bermula semula.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="43"/>
        <source>Reset demo</source>
        <translation>Set semula demo</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/board_delegate.py" line="109"/>
        <source>You</source>
        <translation>Anda</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="73"/>
        <source>Scheduled</source>
        <translation>Dijadualkan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="74"/>
        <source>Live</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="75"/>
        <source>Expired</source>
        <translation>Tamat tempoh</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="76"/>
        <source>Archived</source>
        <translation>Diarkibkan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="51"/>
        <source>Nothing to send</source>
        <translation>Tiada apa untuk dihantar</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="52"/>
        <source>A link</source>
        <translation>Pautan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="53"/>
        <source>Written text</source>
        <translation>Teks bertulis</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="54"/>
        <source>Survey answers</source>
        <translation>Jawapan tinjauan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="55"/>
        <source>Quiz answers (checked automatically)</source>
        <translation>Jawapan kuiz (disemak secara automatik)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="56"/>
        <source>An event code</source>
        <translation>Kod acara</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="57"/>
        <source>A referral</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="58"/>
        <source>A video or file link</source>
        <translation>Pautan video atau fail</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="59"/>
        <source>A moderator confirms</source>
        <translation>Moderator mengesahkan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="22"/>
        <source>today</source>
        <translation>hari ini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="24"/>
        <source>yesterday</source>
        <translation>semalam</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="26"/>
        <source>%1 days ago</source>
        <translation>%1 hari lalu</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="69"/>
        <source>%1 columns</source>
        <translation>Lajur %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="129"/>
        <source>No review requests</source>
        <translation>Tiada permintaan ulasan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="130"/>
        <source>No social shares</source>
        <translation>Tiada perkongsian media sosial</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="131"/>
        <source>No surveys or polls</source>
        <translation>Tiada tinjauan atau undian</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="132"/>
        <source>No written testimonials</source>
        <translation>Tiada testimoni bertulis</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="133"/>
        <source>No reference calls</source>
        <translation>Tiada panggilan dengan bakal pelanggan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="134"/>
        <source>No referral requests</source>
        <translation>Tiada permintaan rujukan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="135"/>
        <source>No video testimonials</source>
        <translation>Tiada testimoni video</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="136"/>
        <source>No product feedback or beta tests</source>
        <translation>Tiada maklum balas produk atau ujian beta</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="137"/>
        <source>No community answers</source>
        <translation>Tiada jawapan komuniti</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="138"/>
        <source>No case studies</source>
        <translation>Tiada kajian kes</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="139"/>
        <source>No speaking invitations</source>
        <translation>Tiada jemputan berucap</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="140"/>
        <source>No advisory board invitations</source>
        <translation>Tiada jemputan lembaga penasihat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="142"/>
        <source>No challenges of this kind: %1</source>
        <translation>Tiada cabaran jenis ini: %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="73"/>
        <source>&amp;Submitted</source>
        <translation>&amp;Dihantar</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="74"/>
        <source>&amp;Contacted</source>
        <translation>Di&amp;hubungi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="75"/>
        <source>&amp;Qualified</source>
        <translation>&amp;Layak</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="76"/>
        <source>&amp;Won</source>
        <translation>&amp;Berjaya</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="77"/>
        <source>&amp;Lost</source>
        <translation>&amp;Gagal</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="133"/>
        <source>%1 referrals</source>
        <translation>Rujukan %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_cards.py" line="36"/>
        <source>Referred by %1</source>
        <translation>Dirujuk oleh %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_cards.py" line="38"/>
        <source>Deal: %1</source>
        <translation>Urus niaga: %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="79"/>
        <source>%1 points</source>
        <translation>%1 mata</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="31"/>
        <source>Thank-you notes</source>
        <translation>Nota terima kasih</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="32"/>
        <source>Rejection reasons</source>
        <translation>Sebab penolakan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="33"/>
        <source>Change requests</source>
        <translation>Permintaan perubahan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/workspace.py" line="30"/>
        <source>Moderation</source>
        <translation>Moderasi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/workspace.py" line="32"/>
        <source>Calendar</source>
        <translation>Kalendar</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/workspace.py" line="33"/>
        <source>Advocates</source>
        <translation>Penyokong</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/workspace.py" line="34"/>
        <source>Rewards desk</source>
        <translation>Kaunter ganjaran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/workspace.py" line="35"/>
        <source>Referrals</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/workspace.py" line="36"/>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/workspace.py" line="37"/>
        <source>Metrics</source>
        <translation>Metrik</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="125"/>
        <source>Requested</source>
        <translation>Diminta</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="125"/>
        <source>Advocate</source>
        <translation>Penyokong</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="125"/>
        <source>Reward</source>
        <translation>Ganjaran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="125"/>
        <source>Points</source>
        <translation>Mata</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="125"/>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
</context>
<context>
    <name>QuizForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="422"/>
        <source>Check my answers</source>
        <translation>Semak jawapan saya</translation>
    </message>
</context>
<context>
    <name>RedeemDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="88"/>
        <source>Redeem a reward</source>
        <translation>Tebus ganjaran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="93"/>
        <source>Redeem %1?</source>
        <translation>Tebus %1?</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="98"/>
        <source>A moderator confirms your request. If it is cancelled, your points come back.</source>
        <translation>Moderator akan mengesahkan permintaan anda. Jika ia dibatalkan, mata anda dikembalikan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="106"/>
        <source>Redeem for %1</source>
        <translation>Tebus dengan %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="108"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="118"/>
        <source>You have %1 points; after this you will have %2.</source>
        <translation>Anda mempunyai %1 mata; selepas ini baki anda %2.</translation>
    </message>
</context>
<context>
    <name>RedemptionsModel</name>
    <message>
        <location filename="../../advocate_hub/ui/models/rewards_model.py" line="50"/>
        <location filename="../../advocate_hub/ui/models/rewards_model.py" line="70"/>
        <source>Requested</source>
        <translation>Diminta</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/rewards_model.py" line="51"/>
        <source>Fulfilled</source>
        <translation>Ditunaikan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/rewards_model.py" line="52"/>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/rewards_model.py" line="70"/>
        <source>Reward</source>
        <translation>Ganjaran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/rewards_model.py" line="70"/>
        <source>Points</source>
        <translation>Mata</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/rewards_model.py" line="70"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/rewards_model.py" line="70"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>ReferralBoardPage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="252"/>
        <source>Referrals</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="254"/>
        <source>Value of won deals</source>
        <translation>Nilai urus niaga berjaya</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="255"/>
        <source>Won so far</source>
        <translation>Berjaya setakat ini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="262"/>
        <source>Drag a card to its next stage, or select it and press Ctrl+M (or Ctrl+Shift and the stage&apos;s first letter). Won deals ask for their value.</source>
        <translation>Seret kad ke tahap seterusnya, atau pilih dan tekan Ctrl+M (atau Ctrl+Shift dengan huruf pertama nama tahap dalam bahasa Inggeris: S, C, Q, W, L). Urus niaga berjaya memerlukan nilainya.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="271"/>
        <source>Move to…</source>
        <translation>Pindahkan ke…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="273"/>
        <source>Move the selected referral (Ctrl+M)</source>
        <translation>Pindahkan rujukan yang dipilih (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="327"/>
        <source>%1 in won deals</source>
        <translation>%1 dalam urus niaga berjaya</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="410"/>
        <source>%1 moved to %2.</source>
        <translation>%1 dipindahkan ke %2.</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="303"/>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="304"/>
        <source>Their name</source>
        <translation>Nama mereka</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="305"/>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="306"/>
        <source>Their email</source>
        <translation>E-mel mereka</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="307"/>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="308"/>
        <source>Their company (optional)</source>
        <translation>Syarikat mereka (pilihan)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="309"/>
        <source>They agreed to be contacted</source>
        <translation>Mereka bersetuju untuk dihubungi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="321"/>
        <source>Send referral</source>
        <translation>Hantar rujukan</translation>
    </message>
</context>
<context>
    <name>RequestPanel</name>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="50"/>
        <source>Selected request</source>
        <translation>Permintaan dipilih</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="58"/>
        <source>Note to the advocate</source>
        <translation>Nota kepada penyokong</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="61"/>
        <source>Note to the advocate, or why the request is cancelled</source>
        <translation>Nota kepada penyokong, atau sebab permintaan dibatalkan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="62"/>
        <source>Optional when fulfilling; required when cancelling.</source>
        <translation>Pilihan ketika menunaikan; wajib ketika membatalkan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="71"/>
        <source>Fulfil</source>
        <translation>Tunaikan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="73"/>
        <source>Mark as fulfilled (Ctrl+Enter)</source>
        <translation>Tandakan sebagai ditunaikan (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="74"/>
        <source>Cancel with refund</source>
        <translation>Batal dan pulangkan mata</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="75"/>
        <source>Cancel the request and give the points back</source>
        <translation>Batalkan permintaan dan kembalikan mata</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="90"/>
        <source>Nothing selected</source>
        <translation>Tiada yang dipilih</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="92"/>
        <source>Pick a request in the queue to fulfil or cancel it.</source>
        <translation>Pilih permintaan dalam baris gilir untuk menunaikan atau membatalkannya.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="98"/>
        <source>%1 for %2 points</source>
        <translation>%1 untuk %2 mata</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="102"/>
        <source>Requested %1, waiting %2</source>
        <translation>Diminta %1, menunggu %2</translation>
    </message>
</context>
<context>
    <name>ReverseEntryDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="460"/>
        <source>Reverse %1 points?</source>
        <translation>Balikkan %1 mata?</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="463"/>
        <source>For example: granted twice by mistake</source>
        <translation>Contohnya: diberikan dua kali secara tidak sengaja</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="464"/>
        <source>Reason</source>
        <translation>Sebab</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="465"/>
        <source>Reverse</source>
        <translation>Balikkan</translation>
    </message>
</context>
<context>
    <name>RewardCard</name>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="156"/>
        <source>Redeem</source>
        <translation>Tebus</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="185"/>
        <source>%1 tier</source>
        <translation>Peringkat %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="187"/>
        <source>For %1 tier and above</source>
        <translation>Untuk peringkat %1 dan ke atas</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="190"/>
        <source>Unlimited</source>
        <translation>Tanpa had</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="192"/>
        <source>Out of stock</source>
        <translation>Kehabisan stok</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocate_hub/ui/views/rewards.py" line="194"/>
        <source>%n left</source>
        <translation>
            <numerusform>Tinggal %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="202"/>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="203"/>
        <source>Redeem %1</source>
        <translation>Tebus %1</translation>
    </message>
</context>
<context>
    <name>RewardForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="48"/>
        <source>e.g. 500</source>
        <translation>cth. 500</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="50"/>
        <source>Unlimited</source>
        <translation>Tanpa had</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="51"/>
        <source>Units left; leave empty for an unlimited reward</source>
        <translation>Unit yang tinggal; biarkan kosong untuk ganjaran tanpa had</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="61"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="62"/>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="63"/>
        <source>Incentive</source>
        <translation>Insentif</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="64"/>
        <source>Unlocks at tier</source>
        <translation>Dibuka pada peringkat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="65"/>
        <source>Cost in points</source>
        <translation>Kos dalam mata</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="66"/>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="94"/>
        <source>Save reward</source>
        <translation>Simpan ganjaran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="96"/>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="123"/>
        <source>Retire</source>
        <translation>Tamatkan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="112"/>
        <source>Edit reward</source>
        <translation>Sunting ganjaran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="112"/>
        <source>New reward</source>
        <translation>Ganjaran baharu</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="123"/>
        <source>Offer again</source>
        <translation>Tawarkan semula</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="129"/>
        <source>The cost must be a whole number of points.</source>
        <translation>Kos mestilah bilangan mata dalam nombor bulat.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="134"/>
        <source>Stock must be a whole number, or empty for unlimited.</source>
        <translation>Stok mestilah nombor bulat, atau kosong untuk tanpa had.</translation>
    </message>
</context>
<context>
    <name>RewardsPage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="276"/>
        <source>Rewards</source>
        <translation>Ganjaran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="278"/>
        <source>Points to spend</source>
        <translation>Mata untuk dibelanjakan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="279"/>
        <source>You have</source>
        <translation>Anda ada</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="283"/>
        <source>Spend your points on recognition, access, influence or things to keep.</source>
        <translation>Belanjakan mata anda untuk pengiktirafan, akses, pengaruh atau barangan untuk disimpan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="313"/>
        <source>No rewards yet</source>
        <translation>Belum ada ganjaran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="314"/>
        <source>The program has not put any rewards up yet. Keep earning: your points wait for you.</source>
        <translation>Program ini belum menawarkan sebarang ganjaran. Teruskan mengumpul: mata anda tetap tersimpan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="319"/>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="323"/>
        <source>My redemptions</source>
        <translation>Penebusan saya</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="335"/>
        <source>Redemption columns</source>
        <translation>Lajur penebusan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="343"/>
        <source>Nothing redeemed yet. Your requests and where they stand appear here.</source>
        <translation>Belum ada apa-apa yang ditebus. Permintaan anda dan statusnya dipaparkan di sini.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="357"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="358"/>
        <source>Access</source>
        <translation>Akses</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="359"/>
        <source>Power</source>
        <translation>Pengaruh</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="360"/>
        <source>Stuff</source>
        <translation>Barangan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="365"/>
        <source>Public recognition: a spotlight, a stage, your name in front of peers.</source>
        <translation>Pengiktirafan umum: sorotan, pentas, nama anda di hadapan rakan-rakan seprofesion.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="366"/>
        <source>Be first and backstage: new features, events, the people behind them.</source>
        <translation>Jadi yang pertama dan ke belakang tabir: ciri baharu, acara, orang di sebaliknya.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="367"/>
        <source>Shape what comes next: the roadmap, our blog, an advisory seat.</source>
        <translation>Corakkan masa depan: pelan hala tuju, blog kami, kerusi penasihat.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="368"/>
        <source>Things to keep: swag and gift cards.</source>
        <translation>Barangan untuk disimpan: cenderamata dan kad hadiah.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="439"/>
        <source>Requested. A moderator will confirm it soon.</source>
        <translation>Diminta. Moderator akan mengesahkannya tidak lama lagi.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="447"/>
        <source>Something went wrong.</source>
        <translation>Sesuatu tidak kena.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="111"/>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="115"/>
        <source>Set up this kiosk</source>
        <translation>Sediakan kiosk ini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="116"/>
        <source>Event name, as visitors know it</source>
        <translation>Nama acara, seperti yang dikenali pengunjung</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="118"/>
        <source>Event code (of its check-in challenge)</source>
        <translation>Kod acara (bagi cabaran daftar masuknya)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="120"/>
        <source>Exit PIN (4 to 12 digits)</source>
        <translation>PIN keluar (4 hingga 12 digit)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="121"/>
        <source>The PIN again</source>
        <translation>PIN sekali lagi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="127"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="129"/>
        <source>Start the kiosk</source>
        <translation>Mulakan kiosk</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="139"/>
        <source>The two PINs differ.</source>
        <translation>Kedua-dua PIN tidak sama.</translation>
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
        <translation>Log masuk</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="114"/>
        <source>Sign in to Advocate Hub</source>
        <translation>Log masuk ke Advocate Hub</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="130"/>
        <source>Your program isn&apos;t on this computer yet: sign in to fetch it from your program&apos;s server.</source>
        <translation>Program anda belum ada pada komputer ini: log masuk untuk mengambilnya daripada pelayan program anda.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="132"/>
        <source>Sync your points and challenges with your program&apos;s server, or keep working offline.</source>
        <translation>Segerakkan mata dan cabaran anda dengan pelayan program anda, atau terus bekerja di luar talian.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="139"/>
        <source>Server address</source>
        <translation>Alamat pelayan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="141"/>
        <location filename="../../advocate_hub/ui/signin.py" line="147"/>
        <source>Email</source>
        <translation>E-mel</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="143"/>
        <location filename="../../advocate_hub/ui/signin.py" line="148"/>
        <source>Password</source>
        <translation>Kata laluan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="146"/>
        <source>Server</source>
        <translation>Pelayan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="156"/>
        <source>Sign-in message</source>
        <translation>Mesej log masuk</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="161"/>
        <source>Signing in</source>
        <translation>Sedang log masuk</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="170"/>
        <source>Work offline</source>
        <translation>Bekerja di luar talian</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="170"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="210"/>
        <source>Fill in the server address, your email and your password.</source>
        <translation>Isikan alamat pelayan, e-mel dan kata laluan anda.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="215"/>
        <source>Signing in to %1…</source>
        <translation>Log masuk ke %1…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="235"/>
        <source>You&apos;re signed in for this session only: this computer has no password store (keyring), so you&apos;ll be asked again next time.</source>
        <translation>Anda log masuk untuk sesi ini sahaja: komputer ini tiada stor kata laluan (keyring), jadi anda akan diminta lagi pada kali seterusnya.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="243"/>
        <location filename="../../advocate_hub/ui/signin.py" line="244"/>
        <source>Continue</source>
        <translation>Teruskan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="264"/>
        <source>Signing in…</source>
        <translation>Sedang log masuk…</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="159"/>
        <source>Welcome! Who are you?</source>
        <translation>Selamat datang! Siapakah anda?</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="160"/>
        <source>Type your email or member code, or scan your code.</source>
        <translation>Taipkan e-mel atau kod ahli anda, atau imbas kod anda.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="161"/>
        <source>Email or member code</source>
        <translation>E-mel atau kod ahli</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="167"/>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="169"/>
        <source>New here? Join</source>
        <translation>Baru di sini? Sertai</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="171"/>
        <source>Continue</source>
        <translation>Teruskan</translation>
    </message>
</context>
<context>
    <name>StageList</name>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="209"/>
        <source>No referrals here</source>
        <translation>Tiada rujukan di sini</translation>
    </message>
</context>
<context>
    <name>SubmissionDetail</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="206"/>
        <source>PROOF</source>
        <translation>BUKTI</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="214"/>
        <source>NOTE TO THE ADVOCATE</source>
        <translation>NOTA KEPADA PENYOKONG</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="217"/>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="218"/>
        <source>Insert a saved message</source>
        <translation>Masukkan mesej tersimpan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="225"/>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="226"/>
        <source>Save the note as a template</source>
        <translation>Simpan nota sebagai templat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="232"/>
        <source>Save as a thank-you note</source>
        <translation>Simpan sebagai nota terima kasih</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="233"/>
        <source>Save as a reason to reject</source>
        <translation>Simpan sebagai sebab penolakan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="234"/>
        <source>Save as a change request</source>
        <translation>Simpan sebagai permintaan perubahan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="244"/>
        <source>Note to the advocate</source>
        <translation>Nota kepada penyokong</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="246"/>
        <source>A thank-you, or the reason for a rejection or a change request. Ctrl+Enter sends it.</source>
        <translation>Ucapan terima kasih, atau sebab penolakan atau permintaan perubahan. Ctrl+Enter untuk menghantarnya.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="258"/>
        <source>&amp;Approve</source>
        <translation>&amp;Luluskan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="260"/>
        <source>Approve with the note as thank-you (A)</source>
        <translation>Luluskan dengan nota sebagai ucapan terima kasih (A)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="261"/>
        <source>Request &amp;changes</source>
        <translation>Minta &amp;perubahan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="263"/>
        <source>Send it back with the note saying what to change (C)</source>
        <translation>Kembalikan dengan nota yang menyatakan apa yang perlu diubah (C)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="264"/>
        <source>&amp;Reject</source>
        <translation>&amp;Tolak</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="266"/>
        <source>Reject with the note as the reason (R)</source>
        <translation>Tolak dengan nota sebagai sebabnya (R)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="280"/>
        <source>In the list: J / K move · A approve · R reject · C request changes. Ctrl+Enter in the note sends.</source>
        <translation>Dalam senarai: J / K beralih · A luluskan · R tolak · C minta perubahan. Ctrl+Enter dalam nota untuk menghantar.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="297"/>
        <source>This is your own submission: another moderator decides it.</source>
        <translation>Ini serahan anda sendiri: moderator lain akan memutuskannya.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="319"/>
        <source>%1 · sent %2 · waiting %3</source>
        <translation>%1 · dihantar %2 · menunggu %3</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="330"/>
        <source>The advocate confirmed they disclose the reward.</source>
        <translation>Penyokong mengesahkan bahawa mereka mendedahkan ganjaran itu.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="345"/>
        <source>Insert a saved message…</source>
        <translation>Masukkan mesej tersimpan…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="348"/>
        <source>Thank-you notes</source>
        <translation>Nota terima kasih</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="349"/>
        <source>Reasons to reject</source>
        <translation>Sebab penolakan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="350"/>
        <source>Change requests</source>
        <translation>Permintaan perubahan</translation>
    </message>
</context>
<context>
    <name>SurveyForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="457"/>
        <source>Answer to question %1</source>
        <translation>Jawapan kepada soalan %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="475"/>
        <source>Question %1: score %2 of 10</source>
        <translation>Soalan %1: skor %2 daripada 10</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="486"/>
        <source>Not at all likely</source>
        <translation>Sangat tidak mungkin</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="488"/>
        <source>Extremely likely</source>
        <translation>Sangat mungkin</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="494"/>
        <source>Send answers</source>
        <translation>Hantar jawapan</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="266"/>
        <source>Demo program, never synced</source>
        <translation>Program demo, tidak pernah disegerakkan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="266"/>
        <source>Offline, local program</source>
        <translation>Di luar talian, program setempat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="268"/>
        <source>Offline</source>
        <translation>Di luar talian</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="270"/>
        <source>Signed out</source>
        <translation>Belum log masuk</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="272"/>
        <source>Syncing… %1%</source>
        <translation>Menyegerak… %1%</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="278"/>
        <source>1 change waiting</source>
        <translation>1 perubahan menunggu</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="280"/>
        <source>%1 changes waiting</source>
        <translation>%1 perubahan menunggu</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="283"/>
        <source>Synced %1</source>
        <translation>Disegerakkan %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="285"/>
        <source>Signed in</source>
        <translation>Telah log masuk</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="294"/>
        <source>The demo program is sample data: it never syncs with a server.</source>
        <translation>Program demo ialah data contoh: ia tidak pernah disegerakkan dengan pelayan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="295"/>
        <source>This program lives only on this computer: there is no server to sync with.</source>
        <translation>Program ini hanya wujud pada komputer ini: tiada pelayan untuk disegerakkan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="297"/>
        <source>Server: %1 as %2</source>
        <translation>Pelayan: %1 sebagai %2</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="299"/>
        <source>Server: %1</source>
        <translation>Pelayan: %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="302"/>
        <source>Last synced %1</source>
        <translation>Kali terakhir disegerakkan %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="304"/>
        <source>Not synced yet</source>
        <translation>Belum disegerakkan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="309"/>
        <source>1 local change waiting to be sent</source>
        <translation>1 perubahan setempat menunggu untuk dihantar</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="311"/>
        <source>%1 local changes waiting to be sent</source>
        <translation>%1 perubahan setempat menunggu untuk dihantar</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="307"/>
        <source>Nothing waiting to be sent</source>
        <translation>Tiada apa-apa yang menunggu untuk dihantar</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="71"/>
        <source>%1 s</source>
        <translation>%1 saat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="73"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="75"/>
        <source>%1 h</source>
        <translation>%1 jam</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="78"/>
        <source>1 day</source>
        <translation>1 hari</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="79"/>
        <source>%1 days</source>
        <translation>%1 hari</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="85"/>
        <source>just now</source>
        <translation>baru sahaja</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="86"/>
        <source>%1 ago</source>
        <translation>%1 lalu</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="90"/>
        <source>Your clock is off by %1: server times are used</source>
        <translation>Jam anda berbeza sebanyak %1: waktu pelayan digunakan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="99"/>
        <source>Signed out — sign in again</source>
        <translation>Telah log keluar — log masuk semula</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="101"/>
        <source>Server unreachable — will retry</source>
        <translation>Pelayan tidak dapat dihubungi — akan cuba lagi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="103"/>
        <source>The server is newer than this app — update Advocate Hub</source>
        <translation>Pelayan lebih baharu daripada aplikasi ini — kemas kini Advocate Hub</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="111"/>
        <source>The server had a problem — will retry</source>
        <translation>Pelayan menghadapi masalah — akan cuba lagi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="113"/>
        <source>Sync refused: %1</source>
        <translation>Penyegerakan ditolak: %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="406"/>
        <source>Sync status</source>
        <translation>Status penyegerakan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="410"/>
        <source>Sync progress</source>
        <translation>Kemajuan penyegerakan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="416"/>
        <location filename="../../advocate_hub/ui/sync_status.py" line="457"/>
        <location filename="../../advocate_hub/ui/sync_status.py" line="458"/>
        <source>Sync now</source>
        <translation>Segerakkan sekarang</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="420"/>
        <source>Sign out</source>
        <translation>Log keluar</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="421"/>
        <source>Sign out of the server</source>
        <translation>Log keluar daripada pelayan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="422"/>
        <source>Stop syncing and forget this sign-in on this computer</source>
        <translation>Henti menyegerak dan lupakan log masuk ini pada komputer ini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="453"/>
        <source>Sign in</source>
        <translation>Log masuk</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="454"/>
        <source>Sign in to sync</source>
        <translation>Log masuk untuk menyegerak</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="455"/>
        <source>Sign in to the server to sync (F5)</source>
        <translation>Log masuk ke pelayan untuk menyegerak (F5)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="459"/>
        <source>Send local changes and fetch the server&apos;s (F5)</source>
        <translation>Hantar perubahan setempat dan ambil perubahan daripada pelayan (F5)</translation>
    </message>
</context>
<context>
    <name>TableCard</name>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_tables.py" line="82"/>
        <source>Export CSV</source>
        <translation>Eksport CSV</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_tables.py" line="84"/>
        <source>Export %1 as CSV</source>
        <translation>Eksport %1 sebagai CSV</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="44"/>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="51"/>
        <source>Message templates</source>
        <translation>Templat mesej</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="54"/>
        <source>Kind of message</source>
        <translation>Jenis mesej</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="63"/>
        <source>Templates</source>
        <translation>Templat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="68"/>
        <source>Template title</source>
        <translation>Tajuk templat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="71"/>
        <source>Template text</source>
        <translation>Teks templat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="73"/>
        <source>Title</source>
        <translation>Tajuk</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="74"/>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="76"/>
        <source>New</source>
        <translation>Baharu</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="77"/>
        <source>Delete</source>
        <translation>Padam</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="78"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="88"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="114"/>
        <source>%1 (built in)</source>
        <translation>%1 (terbina dalam)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="144"/>
        <source>Saved.</source>
        <translation>Disimpan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="155"/>
        <source>Deleted.</source>
        <translation>Dipadam.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="166"/>
        <source>That did not work.</source>
        <translation>Tindakan itu tidak berjaya.</translation>
    </message>
</context>
<context>
    <name>TextForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="243"/>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="248"/>
        <source>Your words</source>
        <translation>Kata-kata anda</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="244"/>
        <source>In your own words…</source>
        <translation>Dengan kata-kata anda sendiri…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="259"/>
        <source>%1 characters · at least %2</source>
        <translation>%1 aksara · sekurang-kurangnya %2</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="265"/>
        <source>%1 of %2 characters</source>
        <translation>%1 daripada %2 aksara</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="540"/>
        <source>More challenges</source>
        <translation>Lagi cabaran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="542"/>
        <source>Sign me out</source>
        <translation>Log keluar</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="552"/>
        <source>Thank you, %1!</source>
        <translation>Terima kasih, %1!</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="552"/>
        <source>Thank you!</source>
        <translation>Terima kasih!</translation>
    </message>
</context>
<context>
    <name>TierChart</name>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="296"/>
        <source>Tier distribution</source>
        <translation>Taburan peringkat</translation>
    </message>
</context>
<context>
    <name>TierComparePage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="86"/>
        <source>Compare tiers</source>
        <translation>Bandingkan peringkat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="90"/>
        <source>What each tier unlocks in this program, from its own rules, challenges and rewards. Every tier keeps everything below it.</source>
        <translation>Apa yang dibuka oleh setiap peringkat dalam program ini, berdasarkan peraturan, cabaran dan ganjarannya sendiri. Setiap peringkat turut merangkumi semua yang ada pada peringkat di bawahnya.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="113"/>
        <source>View as %1</source>
        <translation>Paparan %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="115"/>
        <source>View the app as a %1 advocate</source>
        <translation>Lihat aplikasi sebagai penyokong %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="153"/>
        <source>From %1 lifetime points</source>
        <translation>Mulai %1 mata terkumpul</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="155"/>
        <source>Where everyone starts</source>
        <translation>Titik mula semua orang</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="162"/>
        <source>and a high-barrier challenge completed</source>
        <translation>dan satu cabaran usaha tinggi diselesaikan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="164"/>
        <source>and %1 high-barrier challenges completed</source>
        <translation>dan %1 cabaran usaha tinggi diselesaikan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="169"/>
        <source>1 advocate</source>
        <translation>1 penyokong</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="169"/>
        <source>%1 advocates</source>
        <translation>%1 penyokong</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="174"/>
        <source>Viewing as</source>
        <translation>Semasa</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="183"/>
        <source>BENEFITS</source>
        <translation>FAEDAH</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="189"/>
        <source>CHALLENGES</source>
        <translation>CABARAN</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="194"/>
        <source>open to this tier</source>
        <translation>terbuka untuk peringkat ini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="208"/>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="228"/>
        <source>NEW AT THIS TIER</source>
        <translation>BAHARU DI PERINGKAT INI</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="208"/>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="228"/>
        <source>TO START WITH</source>
        <translation>UNTUK BERMULA</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="212"/>
        <source>Every challenge is already open.</source>
        <translation>Semua cabaran sudah dibuka.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="216"/>
        <source>REWARDS</source>
        <translation>GANJARAN</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="224"/>
        <source>to redeem with points</source>
        <translation>boleh ditebus dengan mata</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="233"/>
        <source>%1 · %2 pts</source>
        <translation>%1 · %2 mata</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="241"/>
        <source>and %1 more</source>
        <translation>dan %1 lagi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="257"/>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="258"/>
        <source>Medium</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="259"/>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
</context>
<context>
    <name>TierMark</name>
    <message>
        <location filename="../../advocate_hub/ui/widgets.py" line="127"/>
        <source>%1 tier</source>
        <translation>Peringkat %1</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <location filename="../../advocate_hub/ui/toast.py" line="26"/>
        <source>Notification</source>
        <translation>Pemberitahuan</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <location filename="../../advocate_hub/ui/tour.py" line="42"/>
        <source>Guided tour</source>
        <translation>Lawatan berpandu</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/tour.py" line="63"/>
        <source>Skip tour</source>
        <translation>Langkau lawatan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/tour.py" line="67"/>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/tour.py" line="70"/>
        <location filename="../../advocate_hub/ui/tour.py" line="134"/>
        <source>Next</source>
        <translation>Seterusnya</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/tour.py" line="128"/>
        <source>TOUR · STEP %1 OF %2</source>
        <translation>LAWATAN · LANGKAH %1 DARIPADA %2</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/tour.py" line="134"/>
        <source>Finish</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/tour.py" line="135"/>
        <source>Finish the tour</source>
        <translation>Tamatkan lawatan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/tour.py" line="135"/>
        <source>Next step</source>
        <translation>Langkah seterusnya</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="26"/>
        <source>Community</source>
        <translation>Komuniti</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="27"/>
        <source>Silver</source>
        <translation>Perak</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="28"/>
        <source>Gold</source>
        <translation>Emas</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="29"/>
        <source>Platinum</source>
        <translation>Platinum</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="36"/>
        <source>Points earned</source>
        <translation>Mata diperoleh</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="37"/>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="38"/>
        <source>Adjustment</source>
        <translation>Pelarasan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="39"/>
        <source>Reversal</source>
        <translation>Pembalikan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="40"/>
        <source>Points spent</source>
        <translation>Mata digunakan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="46"/>
        <source>Waiting for a moderator</source>
        <translation>Menunggu moderator</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="47"/>
        <source>Approved</source>
        <translation>Diluluskan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="48"/>
        <source>Not approved</source>
        <translation>Tidak diluluskan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="49"/>
        <source>Changes requested</source>
        <translation>Perubahan diminta</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="60"/>
        <source>%1; %2</source>
        <comment>two items of a list</comment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="67"/>
        <source>Review on a third-party site</source>
        <translation>Ulasan di laman pihak ketiga</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="68"/>
        <source>Social share</source>
        <translation>Perkongsian media sosial</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="69"/>
        <source>Survey or poll</source>
        <translation>Tinjauan atau undian</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="70"/>
        <source>Quiz or trivia</source>
        <translation>Kuiz atau trivia</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="71"/>
        <source>Watch or read</source>
        <translation>Tonton atau baca</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="72"/>
        <source>Event check-in</source>
        <translation>Daftar masuk acara</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="73"/>
        <source>Written testimonial</source>
        <translation>Testimoni bertulis</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="74"/>
        <source>Reference call</source>
        <translation>Panggilan dengan bakal pelanggan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="75"/>
        <source>Referral</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="76"/>
        <source>Video testimonial</source>
        <translation>Testimoni video</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="77"/>
        <source>Product feedback or beta</source>
        <translation>Maklum balas produk atau ujian beta</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="78"/>
        <source>Community answer</source>
        <translation>Jawapan komuniti</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="79"/>
        <source>Case study</source>
        <translation>Kajian kes</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="80"/>
        <source>Speaking slot</source>
        <translation>Slot berucap</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="81"/>
        <source>Advisory board</source>
        <translation>Lembaga penasihat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="97"/>
        <source>Your membership is not active, so no challenges are open to you; see your profile.</source>
        <translation>Keahlian anda tidak aktif, jadi tiada cabaran yang terbuka untuk anda; lihat profil anda.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="101"/>
        <source>This challenge has been archived.</source>
        <translation>Cabaran ini telah diarkibkan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="103"/>
        <source>Opens on %1.</source>
        <translation>Dibuka pada %1.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="105"/>
        <source>Closed on %1.</source>
        <translation>Ditutup pada %1.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="107"/>
        <source>You asked not to receive challenges of this kind (%1); see your profile.</source>
        <translation>Anda telah meminta untuk tidak menerima cabaran jenis ini (%1); lihat profil anda.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="111"/>
        <source>Unlocks at %1 tier.</source>
        <translation>Dibuka pada peringkat %1.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="113"/>
        <source>This challenge is for another group of advocates.</source>
        <translation>Cabaran ini untuk kumpulan penyokong lain.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="116"/>
        <source>You have done this once, the most it allows.</source>
        <translation>Anda telah melakukan ini sekali, had maksimum yang dibenarkan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="117"/>
        <source>You have done this %1 times, the most it allows.</source>
        <translation>Anda telah melakukan ini sebanyak %1 kali, had maksimum yang dibenarkan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="121"/>
        <source>You have taken on many asks in the last 30 days; we hold new ones back so nobody is over-asked.</source>
        <translation>Anda telah menyahut banyak cabaran dalam 30 hari lepas; kami menahan cabaran baharu supaya tiada sesiapa diminta berlebihan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="130"/>
        <source>Unlocks at %1 tier</source>
        <translation>Dibuka pada peringkat %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="132"/>
        <source>Out of stock</source>
        <translation>Kehabisan stok</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="134"/>
        <source>%1 more points needed</source>
        <translation>Perlu %1 mata lagi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="143"/>
        <source>You reached %1!</source>
        <translation>Anda mencapai peringkat %1!</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="145"/>
        <source>Badge unlocked</source>
        <translation>Lencana diperoleh</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="148"/>
        <source>%1 points back</source>
        <translation>%1 mata dikembalikan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="149"/>
        <source>%1 points</source>
        <translation>%1 mata</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="152"/>
        <source>Approved: %1</source>
        <translation>Diluluskan: %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="153"/>
        <source>Not approved: %1</source>
        <translation>Tidak diluluskan: %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="154"/>
        <source>Changes requested: %1</source>
        <translation>Perubahan diminta: %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="164"/>
        <source>New challenges and rewards are open.</source>
        <translation>Cabaran dan ganjaran baharu kini dibuka.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="166"/>
        <source>Your balance is now %1.</source>
        <translation>Baki anda kini %1.</translation>
    </message>
</context>
<context>
    <name>_Dialog</name>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="370"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="380"/>
        <source>Reason (required)</source>
        <translation>Sebab (wajib)</translation>
    </message>
</context>
<context>
    <name>_QuestionsForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="373"/>
        <source>Questions</source>
        <translation>Soalan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="394"/>
        <source>Question %1: %2</source>
        <translation>Soalan %1: %2</translation>
    </message>
</context>
</TS>
