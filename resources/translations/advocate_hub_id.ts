<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/about.py" line="34"/>
        <source>About Advocate Hub</source>
        <translation>Tentang Advocate Hub</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/about.py" line="38"/>
        <source>Advocate Hub</source>
        <translation>Advocate Hub</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/about.py" line="39"/>
        <source>Run a customer-advocate program: challenges, points, tiers and rewards.</source>
        <translation>Jalankan program duta pelanggan: tantangan, poin, tingkat, dan hadiah.</translation>
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
        <translation>File log</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/about.py" line="48"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/about.py" line="49"/>
        <source>Licence</source>
        <translation>Lisensi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/about.py" line="63"/>
        <source>Copy details</source>
        <translation>Salin detail</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/about.py" line="65"/>
        <source>Copy these details for a support request</source>
        <translation>Salin detail ini untuk permintaan dukungan</translation>
    </message>
</context>
<context>
    <name>AdjustPointsDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="429"/>
        <source>Adjust points for %1</source>
        <translation>Ubah poin %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="432"/>
        <source>Points to add; negative to take away</source>
        <translation>Poin yang ditambahkan; negatif untuk mengurangi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="435"/>
        <source>For example: hosted the Berlin meetup</source>
        <translation>Contoh: menjadi tuan rumah meetup di Berlin</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="436"/>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="437"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="438"/>
        <source>The advocate sees the reason with the entry.</source>
        <translation>Duta melihat alasan ini bersama entrinya.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="439"/>
        <source>Adjust</source>
        <translation>Ubah</translation>
    </message>
</context>
<context>
    <name>AdvocateHistoryPanel</name>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="105"/>
        <source>Choose an advocate</source>
        <translation>Pilih duta</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="106"/>
        <source>Select someone in the table to see their history and act on their membership or points.</source>
        <translation>Pilih seseorang di tabel untuk melihat riwayatnya dan mengelola keanggotaan atau poinnya.</translation>
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
        <translation>Poin</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="136"/>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="137"/>
        <source>Groups</source>
        <translation>Grup</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="157"/>
        <source>Adjust points…</source>
        <translation>Ubah poin…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="159"/>
        <source>Reverse entry…</source>
        <translation>Batalkan entri…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="161"/>
        <source>Reverse the points entry selected under Points</source>
        <translation>Batalkan entri poin yang dipilih di bagian Poin</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="162"/>
        <source>Export data…</source>
        <translation>Ekspor data…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="164"/>
        <source>Erase…</source>
        <translation>Hapus data…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="177"/>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="180"/>
        <source>Which history to show</source>
        <translation>Riwayat yang ditampilkan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="186"/>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="201"/>
        <source>Points entries</source>
        <translation>Entri poin</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="186"/>
        <source>Reason</source>
        <translation>Alasan</translation>
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
        <translation>Kiriman</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="189"/>
        <source>Challenge</source>
        <translation>Tantangan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="189"/>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="193"/>
        <source>Sent</source>
        <translation>Dikirim</translation>
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
        <translation>Diraih</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="193"/>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="204"/>
        <source>Referrals</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="193"/>
        <source>Referred</source>
        <translation>Kontak</translation>
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
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="274"/>
        <source>Erased on %1</source>
        <translation>Dihapus pada %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="277"/>
        <source>%1 to spend · %2 earned in all</source>
        <translation>%1 bisa dipakai · total %2</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="282"/>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="319"/>
        <source>May publish their name and may be contacted</source>
        <translation>Nama boleh ditampilkan dan boleh dihubungi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="321"/>
        <source>May publish their name; not to be contacted</source>
        <translation>Nama boleh ditampilkan; tidak boleh dihubungi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="324"/>
        <source>Name not to be published; may be contacted</source>
        <translation>Nama tidak boleh ditampilkan; boleh dihubungi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="326"/>
        <source>Name not to be published and not to be contacted</source>
        <translation>Nama tidak boleh ditampilkan dan tidak boleh dihubungi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="332"/>
        <source>%1 (reversed)</source>
        <translation>%1 (dibatalkan)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="334"/>
        <source>Reversal: %1</source>
        <translation>Pembatalan: %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="339"/>
        <source>Joined as %1</source>
        <translation>Bergabung sebagai %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="341"/>
        <source>Personal data erased</source>
        <translation>Data pribadi dihapus</translation>
    </message>
</context>
<context>
    <name>AdvocatesPage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="243"/>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="394"/>
        <source>Advocates</source>
        <translation>Duta</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="248"/>
        <source>Import CSV…</source>
        <translation>Impor CSV…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="250"/>
        <source>Import advocates from a CSV file</source>
        <translation>Impor duta dari file CSV</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="253"/>
        <source>Nominate…</source>
        <translation>Nominasikan…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="255"/>
        <source>Nominate someone for the program</source>
        <translation>Nominasikan seseorang untuk program</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="303"/>
        <source>%1 is nominated; invite them when you are ready.</source>
        <translation>%1 sudah dinominasikan; undang saat Anda siap.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="334"/>
        <source>Show them</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="346"/>
        <source>Search advocates by name or email</source>
        <translation>Cari duta menurut nama atau email</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="347"/>
        <source>Search by name or email</source>
        <translation>Cari menurut nama atau email</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="352"/>
        <source>Sort advocates by</source>
        <translation>Urutkan duta menurut</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="354"/>
        <source>Sort: name</source>
        <translation>Urut: nama</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="355"/>
        <source>Sort: points</source>
        <translation>Urut: poin</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="356"/>
        <source>Sort: last active</source>
        <translation>Urut: terakhir aktif</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="357"/>
        <source>Sort: asks in 30 days</source>
        <translation>Urut: tantangan 30 hari</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="363"/>
        <source>Filter by tier</source>
        <translation>Filter menurut tingkat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="364"/>
        <source>All tiers</source>
        <translation>Semua tingkat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="366"/>
        <source>Filter by group</source>
        <translation>Filter menurut grup</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="366"/>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="549"/>
        <source>All groups</source>
        <translation>Semua grup</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="369"/>
        <source>Filter by status</source>
        <translation>Filter menurut status</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="370"/>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="374"/>
        <source>Filter by days without activity</source>
        <translation>Filter menurut hari tanpa aktivitas</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="375"/>
        <source>Any activity</source>
        <translation>Semua aktivitas</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="376"/>
        <source>Idle %1+ days</source>
        <translation>Tidak aktif %1+ hari</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="380"/>
        <source>Filter by asks in the last 30 days</source>
        <translation>Filter menurut tantangan dalam 30 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="381"/>
        <source>Any asks</source>
        <translation>Semua jumlah</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="382"/>
        <source>%1+ asks</source>
        <translation>%1+ tantangan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="424"/>
        <source>Nobody matches</source>
        <translation>Tidak ada yang cocok</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="425"/>
        <source>No advocate matches these filters. Clear the search or choose another tier, group or status.</source>
        <translation>Tidak ada duta yang cocok dengan filter ini. Hapus pencarian atau pilih tingkat, grup, atau status lain.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="435"/>
        <source>Previous</source>
        <translation>Sebelumnya</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="437"/>
        <source>Next</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="505"/>
        <source>1 advocate</source>
        <translation>1 duta</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="505"/>
        <source>%1 advocates</source>
        <translation>%1 duta</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="509"/>
        <source>%1 to %2 of %3</source>
        <translation>%1–%2 dari %3</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="533"/>
        <source>1 advocate is at the asking limit</source>
        <translation>1 duta sudah mencapai batas permintaan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="535"/>
        <source>%1 advocates are at the asking limit</source>
        <translation>%1 duta sudah mencapai batas permintaan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="538"/>
        <source>%1 took on %2 or more asks in the last 30 days. Give them a rest before asking again.</source>
        <translation>%1 mengambil %2 tantangan atau lebih dalam 30 hari terakhir. Beri mereka waktu istirahat sebelum meminta lagi.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="618"/>
        <source>%1 points recorded with your reason.</source>
        <translation>%1 poin dicatat beserta alasan Anda.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="633"/>
        <source>The entry was reversed.</source>
        <translation>Entri sudah dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="636"/>
        <source>Choose a folder for the export</source>
        <translation>Pilih folder untuk ekspor</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="652"/>
        <source>Exported %1 files to %2.</source>
        <translation>%1 file diekspor ke %2.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocates.py" line="670"/>
        <source>Their personal data was erased. Their points stay on the ledger.</source>
        <translation>Data pribadinya sudah dihapus. Poinnya tetap tercatat di buku besar.</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="60"/>
        <source>Take a challenge, earn points, climb the board</source>
        <translation>Ikuti tantangan, kumpulkan poin, naiki papan peringkat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="66"/>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="112"/>
        <source>Top advocates</source>
        <translation>Duta teratas</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="79"/>
        <source>Quick challenges</source>
        <translation>Tantangan kilat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="91"/>
        <source>Tap to start</source>
        <translation>Ketuk untuk mulai</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="99"/>
        <source>or scan your member code</source>
        <translation>atau pindai kode anggota Anda</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="112"/>
        <source>Top advocates at %1</source>
        <translation>Duta teratas di %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="115"/>
        <source>Be the first on the board today!</source>
        <translation>Jadilah yang pertama di papan peringkat hari ini!</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="135"/>
        <source>New challenges are coming soon.</source>
        <translation>Tantangan baru segera hadir.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="143"/>
        <source>+%1 points</source>
        <translation>+%1 poin</translation>
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
        <translation>Ekspor CSV</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="94"/>
        <source>Save every entry the filter matches as a CSV file</source>
        <translation>Simpan semua entri yang cocok dengan filter sebagai file CSV</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="102"/>
        <source>Search the audit log</source>
        <translation>Cari di log audit</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="103"/>
        <source>Search names, actions, reasons…</source>
        <translation>Cari nama, tindakan, alasan…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="109"/>
        <source>Clear the search</source>
        <translation>Hapus pencarian</translation>
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
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="136"/>
        <source>Audit log entries</source>
        <translation>Entri log audit</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="148"/>
        <source>Nothing matches</source>
        <translation>Tidak ada yang cocok</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="149"/>
        <source>No entry matches these filters. Clear the search or choose a longer period.</source>
        <translation>Tidak ada entri yang cocok dengan filter ini. Hapus pencarian atau pilih periode yang lebih panjang.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="154"/>
        <source>Before and after</source>
        <translation>Sebelum dan sesudah</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="158"/>
        <source>Selected entry, before and after</source>
        <translation>Entri terpilih, sebelum dan sesudah</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="160"/>
        <source>Select an entry to see what it changed.</source>
        <translation>Pilih entri untuk melihat apa yang diubahnya.</translation>
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
        <translation>1 entri</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="228"/>
        <source>%1 entries</source>
        <translation>%1 entri</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="236"/>
        <source>The system</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="242"/>
        <source>Export the audit log</source>
        <translation>Ekspor log audit</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="242"/>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="252"/>
        <source>Exporting…</source>
        <translation>Mengekspor…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/audit_log.py" line="262"/>
        <source>Saved %1 entries to %2.</source>
        <translation>%1 entri disimpan ke %2.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../advocate_hub/ui/models/audit_model.py" line="130"/>
        <source>When</source>
        <translation>Waktu</translation>
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
        <translation>Detail</translation>
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
        <translation>Diraih %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/badges_model.py" line="88"/>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/badges_model.py" line="95"/>
        <source>%1, earned %2</source>
        <translation>%1, diraih %2</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/badges_model.py" line="97"/>
        <source>%1, locked: %2 Progress %3</source>
        <translation>%1, terkunci: %2 Kemajuan %3</translation>
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
        <translation>Lencana diraih</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/badges.py" line="214"/>
        <source>Badges mark milestones. Locked ones show what they take and how far along you are.</source>
        <translation>Lencana menandai pencapaian. Lencana yang terkunci menunjukkan syaratnya dan sejauh mana kemajuan Anda.</translation>
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
        <translation>Program ini belum punya lencana. Begitu tim menambahkannya, lencana akan muncul di sini beserta syaratnya.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/badges.py" line="248"/>
        <source>%1 of %2 earned</source>
        <translation>%1 dari %2 diraih</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="331"/>
        <source>Content calendar</source>
        <translation>Kalender konten</translation>
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
        <translation>Kuartal</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="343"/>
        <source>%1 view</source>
        <translation>Tampilan %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="349"/>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="351"/>
        <source>Previous period</source>
        <translation>Periode sebelumnya</translation>
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
        <translation>Periode berikutnya</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="369"/>
        <source>Challenges that started earlier and have no end date</source>
        <translation>Tantangan yang dimulai lebih awal dan tanpa tanggal akhir</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="412"/>
        <source>Select a challenge to see its dates. Drag it to another day to move it, or select it and press Alt+Left or Alt+Right.</source>
        <translation>Pilih tantangan untuk melihat tanggalnya. Seret ke hari lain untuk memindahkannya, atau pilih lalu tekan Alt+Kiri atau Alt+Kanan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="418"/>
        <source>Reviews and posts</source>
        <translation>Ulasan dan postingan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="419"/>
        <source>Polls, quizzes, content</source>
        <translation>Polling, kuis, konten</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="420"/>
        <source>Events</source>
        <translation>Acara</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="421"/>
        <source>Calls and referrals</source>
        <translation>Panggilan dan referral</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="422"/>
        <source>Feedback and video</source>
        <translation>Masukan dan video</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="423"/>
        <source>Big commitments</source>
        <translation>Komitmen besar</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="453"/>
        <source>Week of %1</source>
        <translation>Minggu %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="457"/>
        <source>Q%1 %2</source>
        <translation>K%1 %2</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="481"/>
        <source>Ongoing (%1)</source>
        <translation>Berlangsung (%1)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="482"/>
        <source>Show ongoing challenges</source>
        <translation>Tampilkan tantangan yang berlangsung</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocate_hub/ui/views/calendar.py" line="487"/>
        <source>%n ongoing challenge(s) with no end date hidden.</source>
        <translation>
            <numerusform>%n tantangan berlangsung tanpa tanggal akhir disembunyikan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="497"/>
        <source>no end date</source>
        <translation>tanpa tanggal akhir</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="499"/>
        <source>%1 · %2 · %3 to %4 UTC. Alt+Left or Alt+Right moves it a day.</source>
        <translation>%1 · %2 · %3 sampai %4 UTC. Alt+Kiri atau Alt+Kanan memindahkannya satu hari.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="521"/>
        <source>Something went wrong.</source>
        <translation>Terjadi kesalahan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="522"/>
        <source>That move was not made: %1</source>
        <translation>Pemindahan itu tidak dilakukan: %1</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="70"/>
        <source>Calendar of challenges</source>
        <translation>Kalender tantangan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/calendar.py" line="72"/>
        <source>Left and Right select a challenge; Alt+Left and Alt+Right move it a day.</source>
        <translation>Kiri dan Kanan memilih tantangan; Alt+Kiri dan Alt+Kanan memindahkannya satu hari.</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="162"/>
        <source>Reward</source>
        <translation>Hadiah</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="163"/>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="164"/>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="165"/>
        <source>Tier</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="166"/>
        <source>Open</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="167"/>
        <source>Done</source>
        <translation>Dipenuhi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="168"/>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="175"/>
        <source>Unlimited</source>
        <translation>Tanpa batas</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="179"/>
        <source>Offered</source>
        <translation>Ditawarkan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="179"/>
        <source>Retired</source>
        <translation>Dihentikan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="191"/>
        <source>Requests waiting, and requests fulfilled</source>
        <translation>Permintaan yang menunggu, dan permintaan yang sudah dipenuhi</translation>
    </message>
</context>
<context>
    <name>ChallengeDetail</name>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="149"/>
        <source>Challenge details</source>
        <translation>Detail tantangan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="167"/>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="174"/>
        <source>Pick a challenge</source>
        <translation>Pilih tantangan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="169"/>
        <source>Choose one from the list to see what it asks, what it gives and how long it stays open. With the keyboard: arrow keys to browse, Enter to fill it in.</source>
        <translation>Pilih salah satu dari daftar untuk melihat apa yang diminta, apa yang Anda dapat, dan berapa lama tantangan itu dibuka. Dengan keyboard: tombol panah untuk menelusuri, Enter untuk mengisinya.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="206"/>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="208"/>
        <source>points</source>
        <translation>poin</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="249"/>
        <source>I will say that I received points for this, and my words are my own honest opinion.</source>
        <translation>Saya akan menyebutkan bahwa saya menerima poin untuk ini, dan kata-kata saya adalah pendapat jujur saya sendiri.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="263"/>
        <source>Submit</source>
        <translation>Kirim</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="268"/>
        <source>Not for me</source>
        <translation>Bukan untuk saya</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="268"/>
        <source>Decline this challenge</source>
        <translation>Lewati tantangan ini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="306"/>
        <source>%1 points</source>
        <translation>%1 poin</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="329"/>
        <source>Last time</source>
        <translation>Terakhir kali</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="338"/>
        <source>Waiting for review</source>
        <translation>Menunggu peninjauan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="339"/>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="464"/>
        <source>A moderator will look at it soon; you will get a notification when they have.</source>
        <translation>Moderator akan segera memeriksanya; Anda akan mendapat notifikasi setelah selesai.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="343"/>
        <source>The team asked for changes</source>
        <translation>Tim meminta perubahan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="346"/>
        <source>Done, thank you!</source>
        <translation>Selesai, terima kasih!</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="348"/>
        <source>Changed your mind? You can still take it on below.</source>
        <translation>Berubah pikiran? Anda masih bisa mengikutinya di bawah.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="349"/>
        <source>You declined this one</source>
        <translation>Anda melewati tantangan ini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="359"/>
        <source>Keep completing challenges to reach it; bigger asks open up as you go.</source>
        <translation>Terus selesaikan tantangan untuk mencapainya; tantangan yang lebih besar akan terbuka seiring kemajuan Anda.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="372"/>
        <source>Send it again</source>
        <translation>Kirim lagi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="372"/>
        <source>Take it on</source>
        <translation>Ikuti tantangan ini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="373"/>
        <source>Send again</source>
        <translation>Kirim ulang</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="454"/>
        <source>+%1 points are yours.</source>
        <translation>+%1 poin jadi milik Anda.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="455"/>
        <source>Approved! Well done.</source>
        <translation>Disetujui! Kerja bagus.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="457"/>
        <source>Not quite.</source>
        <translation>Belum tepat.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="463"/>
        <source>Sent, thank you!</source>
        <translation>Terkirim, terima kasih!</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="482"/>
        <source>Declined.</source>
        <translation>Dilewati.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="482"/>
        <source>Thanks for saying so; it costs you nothing.</source>
        <translation>Terima kasih sudah memberi tahu; ini tidak merugikan Anda sama sekali.</translation>
    </message>
</context>
<context>
    <name>ChallengeEditorPage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="150"/>
        <source>Manage challenges</source>
        <translation>Kelola tantangan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="154"/>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="374"/>
        <source>New challenge</source>
        <translation>Tantangan baru</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="184"/>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="185"/>
        <source>Search challenges</source>
        <translation>Cari tantangan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="192"/>
        <source>Clear the search</source>
        <translation>Hapus pencarian</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="192"/>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="197"/>
        <source>Show challenges that are</source>
        <translation>Tampilkan tantangan yang</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="198"/>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="205"/>
        <source>Challenges</source>
        <translation>Tantangan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="214"/>
        <source>No challenge matches.</source>
        <translation>Tidak ada tantangan yang cocok.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="234"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="236"/>
        <source>Expire now</source>
        <translation>Akhiri sekarang</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="239"/>
        <source>Archive</source>
        <translation>Arsipkan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="254"/>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="257"/>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="262"/>
        <source>Preview as an advocate of tier</source>
        <translation>Pratinjau sebagai duta di tingkat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="271"/>
        <source>Fix the fields marked in red to see the preview.</source>
        <translation>Perbaiki kolom bertanda merah untuk melihat pratinjau.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="277"/>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="285"/>
        <source>Dry run</source>
        <translation>Uji coba</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="280"/>
        <source>Before you publish: who would this reach, and who has been asked enough already?</source>
        <translation>Sebelum menerbitkan: siapa yang akan dijangkau, dan siapa yang sudah cukup sering diminta?</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="326"/>
        <source>, no end</source>
        <translation>, tanpa akhir</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="374"/>
        <source>Edit challenge</source>
        <translation>Edit tantangan</translation>
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
        <translation>Terjadi kesalahan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="431"/>
        <source>Published. Advocates see it from its start.</source>
        <translation>Diterbitkan. Duta bisa melihatnya sejak tanggal mulai.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="433"/>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="462"/>
        <source>Ended. Advocates see it as closed from now.</source>
        <translation>Diakhiri. Mulai sekarang duta melihatnya sebagai sudah ditutup.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="466"/>
        <source>Archived. It no longer shows anywhere for advocates.</source>
        <translation>Diarsipkan. Tantangan ini tidak lagi tampil di mana pun bagi duta.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="485"/>
        <source>Would reach %1 advocates; %2 of them are at the fatigue limit.</source>
        <translation>Akan menjangkau %1 duta; %2 di antaranya sudah mencapai batas permintaan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="492"/>
        <source>Those at the limit will not be offered it until they have been asked less lately.</source>
        <translation>Duta yang sudah mencapai batas tidak akan ditawari tantangan ini sampai mereka lebih jarang diminta.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="494"/>
        <source>This kind is not an ask, so the limit does not hold it back.</source>
        <translation>Jenis ini tidak dihitung sebagai permintaan, jadi batasnya tidak berlaku.</translation>
    </message>
</context>
<context>
    <name>ChallengeForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="137"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="139"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="138"/>
        <source>What you ask, in a few words</source>
        <translation>Apa yang Anda minta, dalam beberapa kata</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="141"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="145"/>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="142"/>
        <source>Why it matters and what to do, in the advocate&apos;s words</source>
        <translation>Mengapa ini penting dan apa yang harus dilakukan, dengan bahasa duta</translation>
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
        <translation>Poin</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="159"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="167"/>
        <source>Barrier</source>
        <translation>Bobot</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="161"/>
        <source>Low</source>
        <translation>Ringan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="162"/>
        <source>Medium</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="163"/>
        <source>High</source>
        <translation>Berat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="169"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="170"/>
        <source>Starts</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="171"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="181"/>
        <source>Expires</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="172"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="173"/>
        <source>No end date</source>
        <translation>Tanpa tanggal akhir</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="184"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="191"/>
        <source>Times per advocate</source>
        <translation>Maksimal per duta</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="187"/>
        <source>Minimum tier</source>
        <translation>Tingkat minimum</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="191"/>
        <source>Min tier</source>
        <translation>Tingkat min.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="201"/>
        <source>Audience: %1</source>
        <translation>Sasaran: %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="205"/>
        <source>Tiers</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="205"/>
        <source>None ticked: every tier.</source>
        <translation>Tidak ada yang dicentang: semua tingkat.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="213"/>
        <source>Groups</source>
        <translation>Grup</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="213"/>
        <source>None ticked: every group.</source>
        <translation>Tidak ada yang dicentang: semua grup.</translation>
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
        <translation>Kode acara</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="223"/>
        <source>The code advocates type at the event</source>
        <translation>Kode yang diketik duta di acara</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="226"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="229"/>
        <source>Questions</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="231"/>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="232"/>
        <source>Approve automatically</source>
        <translation>Setujui otomatis</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="233"/>
        <source>Ask advocates to disclose the reward</source>
        <translation>Minta duta mengungkapkan hadiah yang diterima</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="234"/>
        <source>Disclosure required</source>
        <translation>Wajib diungkapkan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="242"/>
        <source>Approval</source>
        <translation>Peninjauan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="318"/>
        <source>Group: %1</source>
        <translation>Grup: %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="447"/>
        <source>One per line: Question? | choice | *right choice | choice</source>
        <translation>Satu per baris: Pertanyaan? | pilihan | *pilihan benar | pilihan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="450"/>
        <source>One per line: a question, &apos;nps: question&apos; for a 0-10 score, or &apos;question | choice | choice&apos;</source>
        <translation>Satu per baris: pertanyaan, &apos;nps: pertanyaan&apos; untuk skor 0-10, atau &apos;pertanyaan | pilihan | pilihan&apos;</translation>
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
        <translation>+%1 poin</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="397"/>
        <source>Check me in</source>
        <translation>Check-in sekarang</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="429"/>
        <source>Question %1 of %2: %3</source>
        <translation>Pertanyaan %1 dari %2: %3</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="441"/>
        <source>Score %1</source>
        <translation>Skor %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="453"/>
        <source>Your answer</source>
        <translation>Jawaban Anda</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="455"/>
        <source>Next</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="465"/>
        <source>In two or three sentences: what difference has it made for you?</source>
        <translation>Dalam dua atau tiga kalimat: apa dampaknya bagi Anda?</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="469"/>
        <source>Your testimonial</source>
        <translation>Testimoni Anda</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="473"/>
        <source>I will say that I received points for this if I share it publicly</source>
        <translation>Saya akan menyebutkan bahwa saya menerima poin untuk ini jika membagikannya secara publik</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="477"/>
        <source>Send</source>
        <translation>Kirim</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="482"/>
        <source>Who would benefit? We contact them only with their consent.</source>
        <translation>Siapa yang akan terbantu? Kami hanya menghubungi mereka dengan persetujuan mereka.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="483"/>
        <source>Their name</source>
        <translation>Nama mereka</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="484"/>
        <source>Their email</source>
        <translation>Email mereka</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="485"/>
        <source>Their company (optional)</source>
        <translation>Perusahaan mereka (opsional)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="486"/>
        <source>They agreed that we may contact them</source>
        <translation>Mereka setuju untuk kami hubungi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="489"/>
        <source>Send referral</source>
        <translation>Kirim referral</translation>
    </message>
</context>
<context>
    <name>Challenges</name>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="52"/>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="53"/>
        <source>Locked</source>
        <translation>Terkunci</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="54"/>
        <source>Coming soon</source>
        <translation>Segera hadir</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="55"/>
        <source>Pending</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="56"/>
        <source>Changes requested</source>
        <translation>Diminta perubahan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="57"/>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="58"/>
        <source>Declined</source>
        <translation>Dilewati</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="59"/>
        <source>Expired</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="78"/>
        <source>Low effort</source>
        <translation>Usaha ringan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="79"/>
        <source>Medium effort</source>
        <translation>Usaha sedang</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="80"/>
        <source>High effort</source>
        <translation>Usaha berat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="86"/>
        <source>Ending soonest</source>
        <translation>Paling cepat berakhir</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="87"/>
        <source>Most points</source>
        <translation>Poin terbanyak</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="88"/>
        <source>Newest first</source>
        <translation>Terbaru lebih dulu</translation>
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
        <translation>%n mnt</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="123"/>
        <source>opens in %1</source>
        <translation>dibuka dalam %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="130"/>
        <source>ended %1</source>
        <translation>telah berakhir %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="131"/>
        <source>ends in %1</source>
        <translation>berakhir dalam %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="140"/>
        <source>Opens in %1</source>
        <translation>Dibuka dalam %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="144"/>
        <source>No end date</source>
        <translation>Tanpa tanggal akhir</translation>
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
        <translation>1 poin</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/challenges_model.py" line="226"/>
        <source>%1 points</source>
        <translation>%1 poin</translation>
    </message>
</context>
<context>
    <name>ChallengesPage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="70"/>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="72"/>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="111"/>
        <source>Challenges</source>
        <translation>Tantangan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="80"/>
        <source>Search challenges</source>
        <translation>Cari tantangan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="81"/>
        <source>Search challenges  (Ctrl+F)</source>
        <translation>Cari tantangan  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="86"/>
        <source>Clear search</source>
        <translation>Hapus pencarian</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="86"/>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="89"/>
        <source>Filter by kind</source>
        <translation>Filter menurut jenis</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="89"/>
        <source>All kinds</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="92"/>
        <source>Filter by effort</source>
        <translation>Filter menurut tingkat usaha</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="92"/>
        <source>Any effort</source>
        <translation>Usaha apa pun</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="95"/>
        <source>Filter by status</source>
        <translation>Filter menurut status</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="95"/>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="98"/>
        <source>Sort by</source>
        <translation>Urutkan menurut</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="125"/>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="239"/>
        <source>No challenges match your filters</source>
        <translation>Tidak ada tantangan yang cocok dengan filter Anda</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="126"/>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="239"/>
        <source>Try other words, or show every challenge again.</source>
        <translation>Coba kata lain, atau tampilkan lagi semua tantangan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="128"/>
        <source>Show all challenges</source>
        <translation>Tampilkan semua tantangan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="234"/>
        <source>1 challenge</source>
        <translation>1 tantangan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="234"/>
        <source>%1 challenges</source>
        <translation>%1 tantangan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="245"/>
        <source>No challenges yet</source>
        <translation>Belum ada tantangan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenges.py" line="246"/>
        <source>When the team opens a challenge, it appears here. Check back soon!</source>
        <translation>Saat tim membuka tantangan, tantangan itu muncul di sini. Cek lagi nanti!</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_tables.py" line="140"/>
        <source>Export CSV</source>
        <translation>Ekspor CSV</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_tables.py" line="142"/>
        <source>Export %1 as CSV</source>
        <translation>Ekspor %1 sebagai CSV</translation>
    </message>
</context>
<context>
    <name>CodeForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="284"/>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="287"/>
        <source>Event code</source>
        <translation>Kode acara</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="284"/>
        <source>The code on the booth screen</source>
        <translation>Kode di layar stan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="286"/>
        <source>Shown at %1.</source>
        <translation>Ditampilkan di %1.</translation>
    </message>
</context>
<context>
    <name>DealValueDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="87"/>
        <source>Deal won</source>
        <translation>Kesepakatan berhasil</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="92"/>
        <source>%1 is won</source>
        <translation>%1 berhasil</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="94"/>
        <source>What is the deal worth? It counts towards the program&apos;s won value.</source>
        <translation>Berapa nilai kesepakatannya? Nilai ini masuk ke total nilai kesepakatan berhasil program.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="98"/>
        <source>Deal value</source>
        <translation>Nilai kesepakatan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="104"/>
        <source>Mark as won</source>
        <translation>Tandai berhasil</translation>
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
        <translation>Lewati “%1”</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="111"/>
        <source>No problem: declining costs you nothing.</source>
        <translation>Tidak masalah: melewati tantangan tidak merugikan Anda.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="112"/>
        <source>A reason helps the team ask better next time (optional).</source>
        <translation>Alasan Anda membantu tim menawarkan tantangan yang lebih tepat lain kali (opsional).</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="115"/>
        <source>Reason for declining (optional)</source>
        <translation>Alasan melewati (opsional)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="116"/>
        <source>Too busy this quarter, not my topic…</source>
        <translation>Terlalu sibuk kuartal ini, bukan topik saya…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="121"/>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="123"/>
        <source>Decline</source>
        <translation>Lewati</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="124"/>
        <location filename="../../advocate_hub/ui/views/challenge_detail.py" line="126"/>
        <source>Keep it</source>
        <translation>Tidak jadi</translation>
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
        <translation>Program demo: data contoh yang tidak pernah disinkronkan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="67"/>
        <source>This is the demo program. Its people are made up and it never syncs.</source>
        <translation>Ini program demo. Orang-orangnya fiktif dan datanya tidak pernah disinkronkan.</translation>
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
        <translation>Lihat aplikasi persis seperti yang dilihat setiap tingkat, atau moderator</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="77"/>
        <source>Choose a view</source>
        <translation>Pilih tampilan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="83"/>
        <source>Take the tour</source>
        <translation>Ikuti tur</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="87"/>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="148"/>
        <source>Reset demo</source>
        <translation>Atur ulang demo</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="98"/>
        <source>Community advocate</source>
        <translation>Duta Community</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="99"/>
        <source>Silver advocate</source>
        <translation>Duta Silver</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="100"/>
        <source>Gold advocate</source>
        <translation>Duta Gold</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="101"/>
        <source>Platinum advocate</source>
        <translation>Duta Platinum</translation>
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
        <translation>Demo kembali seperti baru.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="221"/>
        <source>Home: what an advocate sees first</source>
        <translation>Beranda: yang pertama dilihat duta</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="222"/>
        <source>Points, progress to the next tier, badges within reach and challenges picked for them.</source>
        <translation>Poin, kemajuan ke tingkat berikutnya, lencana yang hampir diraih, dan tantangan pilihan untuk mereka.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="228"/>
        <source>Challenges: the asks</source>
        <translation>Tantangan: apa yang kami minta</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="230"/>
        <source>Low-barrier asks are open to everyone; medium and high ones unlock with Silver and Gold. A locked challenge says why.</source>
        <translation>Tantangan ringan terbuka untuk semua; yang sedang dan berat terbuka di tingkat Silver dan Gold. Tantangan yang terkunci menjelaskan alasannya.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="238"/>
        <source>Leaderboard</source>
        <translation>Papan peringkat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="239"/>
        <source>All time, this month and this week. Advocates who opted out never appear.</source>
        <translation>Sepanjang masa, bulan ini, dan minggu ini. Duta yang keluar dari program tidak pernah ditampilkan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="245"/>
        <source>Rewards</source>
        <translation>Hadiah</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="246"/>
        <source>Status, access, power and stuff, most wanted first. Higher tiers unlock more of them.</source>
        <translation>Status, akses, pengaruh, dan barang, dimulai dari yang paling diminati. Tingkat yang lebih tinggi membuka lebih banyak hadiah.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="252"/>
        <source>View as any tier, or a moderator</source>
        <translation>Lihat sebagai tingkat mana pun, atau moderator</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="254"/>
        <source>Switch here to show what each tier unlocks, or the moderator&apos;s workspace. Compare tiers puts them side by side; Reset demo puts everything back.</source>
        <translation>Beralih di sini untuk menunjukkan apa yang dibuka setiap tingkat, atau ruang kerja moderator. Bandingkan tingkat menampilkannya berdampingan; Atur ulang demo mengembalikan semuanya.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="479"/>
        <source>Erase %1&apos;s personal data?</source>
        <translation>Hapus data pribadi %1?</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="485"/>
        <source>Their name, email, company, proof and referral contacts are removed on every device. Their points stay, so leaderboards and metrics do not change. This cannot be undone.</source>
        <translation>Nama, email, perusahaan, bukti, dan kontak referral-nya dihapus di semua perangkat. Poinnya tetap ada, sehingga papan peringkat dan metrik tidak berubah. Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="493"/>
        <source>Type the advocate&apos;s email to confirm</source>
        <translation>Ketik email duta untuk mengonfirmasi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="495"/>
        <source>For example: their request by email on 3 March</source>
        <translation>Contoh: permintaan mereka lewat email pada 3 Maret</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="496"/>
        <source>Type their email</source>
        <translation>Ketik email mereka</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="497"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="498"/>
        <source>Erase for good</source>
        <translation>Hapus permanen</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../advocate_hub/ui/logs.py" line="29"/>
        <source>Something went wrong. The details are in the log in %1.</source>
        <translation>Terjadi kesalahan. Detailnya ada di file log di %1.</translation>
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
        <translation>Mengambil program Anda</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/first_sync.py" line="64"/>
        <source>Fetching progress</source>
        <translation>Progres pengambilan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/first_sync.py" line="69"/>
        <source>Fetching problem</source>
        <translation>Masalah pengambilan data</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/first_sync.py" line="74"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/first_sync.py" line="76"/>
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/first_sync.py" line="95"/>
        <source>Signed in as %1. Fetching your program from %2…</source>
        <translation>Masuk sebagai %1. Mengambil program Anda dari %2…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/first_sync.py" line="112"/>
        <source>Fetched %1 of about %2 changes…</source>
        <translation>%1 dari sekitar %2 perubahan sudah diambil…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/first_sync.py" line="131"/>
        <source>Your program could not be fetched.</source>
        <translation>Program Anda tidak dapat diambil.</translation>
    </message>
</context>
<context>
    <name>FulfilmentPage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="118"/>
        <source>Rewards desk</source>
        <translation>Meja hadiah</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="124"/>
        <source>Fulfil what advocates asked for, oldest first, and keep the catalog worth opening.</source>
        <translation>Penuhi permintaan duta, mulai dari yang terlama, dan jaga agar katalog tetap menarik.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="132"/>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="134"/>
        <source>Rewards desk sections</source>
        <translation>Bagian meja hadiah</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="144"/>
        <source>Waiting to be fulfilled</source>
        <translation>Menunggu dipenuhi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="150"/>
        <source>Requests waiting to be fulfilled</source>
        <translation>Permintaan yang menunggu dipenuhi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="157"/>
        <source>All caught up</source>
        <translation>Semua sudah beres</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="158"/>
        <source>No requests are waiting. New redemptions appear here, oldest first.</source>
        <translation>Tidak ada permintaan yang menunggu. Penukaran baru muncul di sini, mulai dari yang terlama.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="169"/>
        <source>Fulfilment queue</source>
        <translation>Antrean pemenuhan</translation>
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
        <translation>Hadiah baru</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="191"/>
        <source>Reward catalog</source>
        <translation>Katalog hadiah</translation>
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
        <translation>Antrean pemenuhan (%1)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="272"/>
        <source>Fulfilled: %1 for %2.</source>
        <translation>Dipenuhi: %1 untuk %2.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="282"/>
        <source>Say why the request is cancelled; the advocate sees it with the refund.</source>
        <translation>Jelaskan mengapa permintaan dibatalkan; duta melihatnya bersama pengembalian poin.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="290"/>
        <source>Cancelled: %1 for %2; the points went back.</source>
        <translation>Dibatalkan: %1 untuk %2; poinnya sudah dikembalikan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="332"/>
        <source>Saved %1.</source>
        <translation>%1 tersimpan.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="43"/>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="49"/>
        <source>Your points</source>
        <translation>Poin Anda</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="51"/>
        <source>Points balance</source>
        <translation>Saldo poin</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="57"/>
        <source>Your tier</source>
        <translation>Tingkat Anda</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="70"/>
        <source>Progress to the next tier</source>
        <translation>Kemajuan ke tingkat berikutnya</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="77"/>
        <source>Recommended for you</source>
        <translation>Rekomendasi untuk Anda</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="81"/>
        <source>Badges within reach</source>
        <translation>Lencana yang hampir diraih</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="85"/>
        <source>Recent activity</source>
        <translation>Aktivitas terbaru</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="89"/>
        <source>From the team</source>
        <translation>Dari tim</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="109"/>
        <source>Welcome back, %1</source>
        <translation>Selamat datang kembali, %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="111"/>
        <source>%1 earned in all</source>
        <translation>Total perolehan %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="116"/>
        <source>The top tier. Thank you for everything you do!</source>
        <translation>Tingkat tertinggi. Terima kasih atas semua yang Anda lakukan!</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="120"/>
        <source>%1 points to %2, plus one case study, talk or advisory seat</source>
        <translation>%1 poin lagi menuju %2, ditambah satu studi kasus, sesi bicara, atau kursi dewan penasihat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="122"/>
        <source>%1 points to %2</source>
        <translation>%1 poin lagi menuju %2</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="130"/>
        <source>%1 unlocks: %2</source>
        <translation>Terbuka di %1: %2</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="144"/>
        <source>ends %1</source>
        <translation>berakhir %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="152"/>
        <source>All caught up</source>
        <translation>Semua sudah beres</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="153"/>
        <source>Nothing new to do right now. New challenges appear here when they open.</source>
        <translation>Belum ada yang perlu dikerjakan saat ini. Tantangan baru muncul di sini saat dibuka.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="165"/>
        <source>Progress to %1</source>
        <translation>Kemajuan menuju %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="169"/>
        <source>You have every badge. Impressive!</source>
        <translation>Anda sudah punya semua lencana. Mengesankan!</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="183"/>
        <source>Your points history starts with your first challenge.</source>
        <translation>Riwayat poin Anda dimulai dari tantangan pertama Anda.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="200"/>
        <source>Thank-yous and news about your contributions appear here.</source>
        <translation>Ucapan terima kasih dan kabar tentang kontribusi Anda muncul di sini.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="276"/>
        <source>QR code to continue on your phone</source>
        <translation>Kode QR untuk melanjutkan di ponsel Anda</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="297"/>
        <source>I&apos;m done: sign me out</source>
        <translation>Saya selesai: keluar</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="305"/>
        <source>Hi %1!</source>
        <translation>Hai, %1!</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="305"/>
        <source>Hi there!</source>
        <translation>Hai!</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="308"/>
        <source>Continue on your phone</source>
        <translation>Lanjutkan di ponsel Anda</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="313"/>
        <source>+%1 points</source>
        <translation>+%1 poin</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="323"/>
        <source>You&apos;re checked in. Pick a quick challenge:</source>
        <translation>Anda sudah check-in. Pilih tantangan kilat:</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="325"/>
        <source>You&apos;re checked in, and you&apos;ve done every quick challenge. Thank you!</source>
        <translation>Anda sudah check-in dan sudah menyelesaikan semua tantangan kilat. Terima kasih!</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="335"/>
        <source>Your points go to member %1 once this kiosk syncs.</source>
        <translation>Poin Anda masuk ke anggota %1 setelah kios ini disinkronkan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="329"/>
        <source>Pick a quick challenge:</source>
        <translation>Pilih tantangan kilat:</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="331"/>
        <source>You&apos;ve done every quick challenge. Thank you!</source>
        <translation>Anda sudah menyelesaikan semua tantangan kilat. Terima kasih!</translation>
    </message>
</context>
<context>
    <name>ImportAdvocatesDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="121"/>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="122"/>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="132"/>
        <source>Import advocates</source>
        <translation>Impor duta</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="136"/>
        <source>Choose a CSV file saved as UTF-8 whose first line names the columns email, name, company, language and groups (separate several groups with a semicolon). Every row is checked first: if any row has a problem, nothing is imported.</source>
        <translation>Pilih file CSV berformat UTF-8 yang baris pertamanya berisi nama kolom email, name, company, language, dan groups (pisahkan beberapa grup dengan titik koma). Setiap baris diperiksa dulu: jika ada baris yang bermasalah, tidak ada yang diimpor.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="148"/>
        <source>No file chosen</source>
        <translation>Belum ada file yang dipilih</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="149"/>
        <source>Choose file…</source>
        <translation>Pilih file…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="149"/>
        <source>Choose a CSV file</source>
        <translation>Pilih file CSV</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="156"/>
        <source>Import message</source>
        <translation>Pesan impor</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="161"/>
        <source>Import progress</source>
        <translation>Progres impor</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="171"/>
        <source>First rows of the file</source>
        <translation>Baris-baris pertama file</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="181"/>
        <source>No file yet</source>
        <translation>Belum ada file</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="182"/>
        <source>Choose a CSV file: its first rows and anything wrong with it show here before you import.</source>
        <translation>Pilih file CSV: baris-baris pertamanya dan masalah yang ada akan tampil di sini sebelum Anda mengimpor.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="194"/>
        <source>Problems found in the file</source>
        <translation>Masalah yang ditemukan di file</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="199"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="202"/>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="219"/>
        <source>Choose a CSV file of advocates</source>
        <translation>Pilih file CSV berisi duta</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="219"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Semua file (*)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="232"/>
        <source>Reading %1…</source>
        <translation>Membaca %1…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="233"/>
        <source>Reading the file…</source>
        <translation>Membaca file…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="233"/>
        <source>Its first rows show here in a moment.</source>
        <translation>Baris-baris pertamanya segera tampil di sini.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="250"/>
        <source>Importing %1 advocates…</source>
        <translation>Mengimpor %1 duta…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="266"/>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="300"/>
        <source>Every row is fine: %1 advocates are ready to import.</source>
        <translation>Semua baris sudah benar: %1 duta siap diimpor.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="307"/>
        <source>%1 row(s) have problems, listed below. Fix them in the file and choose it again; nothing will be imported until every row is fine.</source>
        <translation>%1 baris bermasalah, tercantum di bawah. Perbaiki di file lalu pilih file itu lagi; tidak ada yang diimpor sampai semua baris benar.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="319"/>
        <source>%1 ADVOCATES IMPORTED</source>
        <translation>%1 DUTA DIIMPOR</translation>
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
        <translation>%1 duta diimpor.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="328"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Dibatalkan: tidak ada yang diimpor.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="330"/>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="335"/>
        <source>Nothing to preview</source>
        <translation>Tidak ada yang bisa dipratinjau</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="330"/>
        <source>Choose a CSV file to see its rows.</source>
        <translation>Pilih file CSV untuk melihat baris-barisnya.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="336"/>
        <source>Fix the file as the message above says, then choose it again.</source>
        <translation>Perbaiki file sesuai pesan di atas, lalu pilih file itu lagi.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="375"/>
        <source>PREVIEW</source>
        <translation>PRATINJAU</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="378"/>
        <source>%1 ADVOCATES TO IMPORT · FIRST %2 SHOWN</source>
        <translation>%1 DUTA AKAN DIIMPOR · %2 PERTAMA DITAMPILKAN</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="383"/>
        <source>%1 ADVOCATES TO IMPORT</source>
        <translation>%1 DUTA AKAN DIIMPOR</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="392"/>
        <source>… and %1 more</source>
        <translation>… dan %1 lainnya</translation>
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
        <translation>Gabung dengan program duta</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="204"/>
        <source>Your name</source>
        <translation>Nama Anda</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="205"/>
        <source>Your email</source>
        <translation>Email Anda</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="206"/>
        <source>Company (optional)</source>
        <translation>Perusahaan (opsional)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="212"/>
        <source>I agree to join the program and for my details to be stored (required)</source>
        <translation>Saya setuju bergabung dengan program dan data saya disimpan (wajib)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="214"/>
        <source>You may contact me about the program</source>
        <translation>Anda boleh menghubungi saya tentang program ini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="215"/>
        <source>You may show my name on leaderboards and quotes</source>
        <translation>Anda boleh menampilkan nama saya di papan peringkat dan kutipan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="222"/>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="224"/>
        <source>Join and continue</source>
        <translation>Gabung dan lanjutkan</translation>
    </message>
</context>
<context>
    <name>KindChart</name>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="353"/>
        <source>Participation per kind</source>
        <translation>Partisipasi per jenis</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="355"/>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="362"/>
        <source>Participation</source>
        <translation>Partisipasi</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="76"/>
        <source>%1 kiosk</source>
        <translation>Kios %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="121"/>
        <source>DEMO · sample data</source>
        <translation>DEMO · data contoh</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="123"/>
        <source>Demo program: sample data that never syncs</source>
        <translation>Program demo: data contoh yang tidak pernah disinkronkan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="126"/>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="127"/>
        <source>Staff: hold to leave kiosk mode</source>
        <translation>Staf: tahan untuk keluar dari mode kios</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="164"/>
        <source>I&apos;m still here</source>
        <translation>Saya masih di sini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="203"/>
        <source>Still there? Signing out in 1 second</source>
        <translation>Masih di sana? Keluar otomatis dalam 1 detik</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="205"/>
        <source>Still there? Signing out in %1 seconds</source>
        <translation>Masih di sana? Keluar otomatis dalam %1 detik</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="262"/>
        <source>Welcome! Tell us a little about yourself to take part.</source>
        <translation>Selamat datang! Ceritakan sedikit tentang diri Anda untuk ikut serta.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="267"/>
        <source>That is not a member code. Type your email address, or the code on your badge (8 letters and digits).</source>
        <translation>Itu bukan kode anggota. Ketik alamat email Anda, atau kode di tanda pengenal Anda (8 huruf dan angka).</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="348"/>
        <source>You earned %1 points.</source>
        <translation>Anda mendapat %1 poin.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="350"/>
        <source>All done.</source>
        <translation>Selesai.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/window.py" line="352"/>
        <source>A moderator will look at it soon; your points follow once it is approved.</source>
        <translation>Moderator akan segera memeriksanya; poin Anda menyusul setelah disetujui.</translation>
    </message>
</context>
<context>
    <name>LeaderboardPage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="89"/>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="100"/>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="131"/>
        <source>Leaderboard</source>
        <translation>Papan peringkat</translation>
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
        <translation>Gulir ke posisi Anda di papan ini (Alt+L)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="106"/>
        <source>Leaderboard period</source>
        <translation>Periode papan peringkat</translation>
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
        <translation>Papan siapa: semua orang atau satu grup</translation>
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
        <translation>Posisi Anda di papan ini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="156"/>
        <source>Your place on this board: click to jump to it</source>
        <translation>Posisi Anda di papan ini: klik untuk melompat ke sana</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="240"/>
        <source>1 advocate</source>
        <translation>1 duta</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="240"/>
        <source>%1 advocates</source>
        <translation>%1 duta</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="258"/>
        <source>No points this week yet</source>
        <translation>Belum ada poin minggu ini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="259"/>
        <source>This week&apos;s board fills as advocates complete challenges. Complete one to lead it.</source>
        <translation>Papan minggu ini terisi saat para duta menyelesaikan tantangan. Selesaikan satu untuk memimpin.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="262"/>
        <source>No points this month yet</source>
        <translation>Belum ada poin bulan ini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="263"/>
        <source>This month&apos;s board fills as advocates complete challenges. Complete one to lead it.</source>
        <translation>Papan bulan ini terisi saat para duta menyelesaikan tantangan. Selesaikan satu untuk memimpin.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="265"/>
        <source>Nobody on this board yet</source>
        <translation>Belum ada siapa pun di papan ini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="266"/>
        <source>Advocates appear here as they earn points. Complete a challenge to be the first.</source>
        <translation>Duta muncul di sini saat mendapat poin. Selesaikan tantangan untuk menjadi yang pertama.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="272"/>
        <source>You&apos;re not on this board yet. Earn points this week to join it.</source>
        <translation>Anda belum ada di papan ini. Kumpulkan poin minggu ini untuk tampil di sini.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="273"/>
        <source>You&apos;re not on this board yet. Earn points this month to join it.</source>
        <translation>Anda belum ada di papan ini. Kumpulkan poin bulan ini untuk tampil di sini.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="274"/>
        <source>You&apos;re not on this board yet. Earn points here to join it.</source>
        <translation>Anda belum ada di papan ini. Kumpulkan poin di sini untuk ikut tampil.</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="151"/>
        <location filename="../../advocate_hub/ui/views/profile.py" line="167"/>
        <source>Leave the program</source>
        <translation>Keluar dari program</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="156"/>
        <source>Leave the program?</source>
        <translation>Keluar dari program?</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="159"/>
        <source>You will receive no more challenges and disappear from leaderboards. Your points are kept, and you can rejoin at any time.</source>
        <translation>Anda tidak akan menerima tantangan lagi dan tidak tampil di papan peringkat. Poin Anda tetap tersimpan, dan Anda bisa bergabung kembali kapan saja.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="168"/>
        <source>Stay</source>
        <translation>Tetap ikut</translation>
    </message>
</context>
<context>
    <name>LinkForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="213"/>
        <source>Link to what you did</source>
        <translation>Tautan ke hasil Anda</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="219"/>
        <source>Link to your post, review or answer</source>
        <translation>Tautan ke postingan, ulasan, atau jawaban Anda</translation>
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
        <translation>Bagian</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/main_window.py" line="134"/>
        <location filename="../../advocate_hub/ui/main_window.py" line="136"/>
        <source>Manage the program</source>
        <translation>Kelola program</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/main_window.py" line="149"/>
        <source>Switch person</source>
        <translation>Ganti pengguna</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/main_window.py" line="151"/>
        <location filename="../../advocate_hub/ui/main_window.py" line="167"/>
        <source>About Advocate Hub</source>
        <translation>Tentang Advocate Hub</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/main_window.py" line="152"/>
        <source>Version, data folder and log file (F1)</source>
        <translation>Versi, folder data, dan file log (F1)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/main_window.py" line="162"/>
        <source>Sync now</source>
        <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/main_window.py" line="233"/>
        <source>Signed in as %1
%2</source>
        <translation>Masuk sebagai %1
%2</translation>
    </message>
</context>
<context>
    <name>MediaForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="233"/>
        <source>Link to your video (a shared drive or an unlisted upload is fine)</source>
        <translation>Tautan ke video Anda (drive bersama atau unggahan tidak publik juga boleh)</translation>
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
        <translation>Menghitung metrik</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="142"/>
        <source>Date range</source>
        <translation>Rentang tanggal</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="144"/>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="145"/>
        <source>This quarter</source>
        <translation>Kuartal ini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="146"/>
        <source>This year</source>
        <translation>Tahun ini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="147"/>
        <source>Custom range</source>
        <translation>Rentang khusus</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="152"/>
        <source>First day of the range</source>
        <translation>Hari pertama rentang</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="153"/>
        <source>Last day of the range</source>
        <translation>Hari terakhir rentang</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="157"/>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="478"/>
        <source>Export PDF summary</source>
        <translation>Ekspor ringkasan PDF</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="187"/>
        <source>Asks completed</source>
        <translation>Tantangan selesai</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="188"/>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="244"/>
        <source>Content delivered</source>
        <translation>Konten diserahkan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="189"/>
        <source>Referrals (won)</source>
        <translation>Referral (berhasil)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="190"/>
        <source>Average won deal</source>
        <translation>Rata-rata kesepakatan berhasil</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="191"/>
        <source>Redeemed a reward</source>
        <translation>Pernah menukar hadiah</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="192"/>
        <source>Opt-out rate</source>
        <translation>Rasio keluar program</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="193"/>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="284"/>
        <source>At risk of over-asking</source>
        <translation>Berisiko terlalu sering diminta</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="213"/>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="356"/>
        <source>Asks completed per week</source>
        <translation>Tantangan selesai per minggu</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="215"/>
        <source>Nothing completed yet</source>
        <translation>Belum ada yang selesai</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="215"/>
        <source>No approved submissions in this range; try a longer one.</source>
        <translation>Tidak ada kiriman yang disetujui dalam rentang ini; coba rentang yang lebih panjang.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="228"/>
        <source>Tier distribution</source>
        <translation>Sebaran tingkat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="230"/>
        <source>No active advocates</source>
        <translation>Tidak ada duta aktif</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="230"/>
        <source>Invite advocates to see how they spread over the tiers.</source>
        <translation>Undang duta untuk melihat sebaran mereka di setiap tingkat.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="236"/>
        <source>Participation per kind</source>
        <translation>Partisipasi per jenis</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="238"/>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="275"/>
        <source>No challenges ran</source>
        <translation>Tidak ada tantangan yang berjalan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="238"/>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="275"/>
        <source>No challenge was open in this range.</source>
        <translation>Tidak ada tantangan yang dibuka dalam rentang ini.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="241"/>
        <source>Content</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="241"/>
        <source>Delivered</source>
        <translation>Diserahkan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="241"/>
        <source>Advocates</source>
        <translation>Duta</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="241"/>
        <source>Used</source>
        <translation>Dipakai</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="246"/>
        <source>No content yet</source>
        <translation>Belum ada konten</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="246"/>
        <source>Approved reviews, testimonials and case studies appear here.</source>
        <translation>Ulasan, testimoni, dan studi kasus yang disetujui muncul di sini.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="261"/>
        <source>Challenge</source>
        <translation>Tantangan</translation>
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
        <translation>Kiriman</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="265"/>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="266"/>
        <source>Declines</source>
        <translation>Dilewati</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="267"/>
        <source>Participation</source>
        <translation>Partisipasi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="273"/>
        <source>Participation per challenge</source>
        <translation>Partisipasi per tantangan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="280"/>
        <source>Advocate</source>
        <translation>Duta</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="280"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="280"/>
        <source>Tier</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="280"/>
        <source>Asks, 30 days</source>
        <translation>Tantangan, 30 hari</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="280"/>
        <source>Last ask</source>
        <translation>Tantangan terakhir</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="286"/>
        <source>Nobody is over-asked</source>
        <translation>Tidak ada yang terlalu sering diminta</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="286"/>
        <source>No active advocate is close to the limit of asks per 30 days.</source>
        <translation>Tidak ada duta aktif yang mendekati batas permintaan per 30 hari.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="347"/>
        <source>%1 · %2 active advocates · engagement measured over the 30 days to %3</source>
        <translation>%1 · %2 duta aktif · keterlibatan diukur selama 30 hari hingga %3</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="356"/>
        <source>Asks completed per month</source>
        <translation>Tantangan selesai per bulan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="392"/>
        <source>Active advocates with at least %1 asks in the last 30 days (the limit is %2); at the limit, new asks are held back. %3 in all.</source>
        <translation>Duta aktif dengan sedikitnya %1 tantangan dalam 30 hari terakhir (batasnya %2); begitu mencapai batas, tantangan baru ditahan. Total %3.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="469"/>
        <source>Export %1</source>
        <translation>Ekspor %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="488"/>
        <source>Could not write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metrics.py" line="494"/>
        <source>Saved %1</source>
        <translation>%1 tersimpan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="43"/>
        <source>Reviews</source>
        <translation>Ulasan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="44"/>
        <source>Written testimonials</source>
        <translation>Testimoni tertulis</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="45"/>
        <source>Video testimonials</source>
        <translation>Testimoni video</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="46"/>
        <source>Case studies</source>
        <translation>Studi kasus</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="47"/>
        <source>Social shares</source>
        <translation>Berbagi di media sosial</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="61"/>
        <source>%1 min</source>
        <translation>%1 mnt</translation>
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
        <translation>Duta aktif</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="97"/>
        <source>%1 opted out in this range</source>
        <translation>%1 keluar program dalam rentang ini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="100"/>
        <source>Advocates whose membership is active now (moderators and staff not counted).</source>
        <translation>Duta yang keanggotaannya aktif saat ini (moderator dan staf tidak dihitung).</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="107"/>
        <source>Engaged, 30 days</source>
        <translation>Terlibat, 30 hari</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="109"/>
        <source>%1 of %2 took part</source>
        <translation>%1 dari %2 ikut serta</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="112"/>
        <source>Active advocates with a submission in the 30 days before the end of the range (or today).</source>
        <translation>Duta aktif yang mengirim kiriman dalam 30 hari sebelum akhir rentang (atau hari ini).</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="120"/>
        <source>Approval rate</source>
        <translation>Rasio persetujuan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="122"/>
        <source>%1 approved, %2 rejected</source>
        <translation>%1 disetujui, %2 ditolak</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="125"/>
        <source>Approved / (approved + rejected), over moderators&apos; decisions in the range; auto-approvals left out.</source>
        <translation>Disetujui / (disetujui + ditolak), dari keputusan moderator dalam rentang ini; persetujuan otomatis tidak dihitung.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="133"/>
        <source>Median wait</source>
        <translation>Median waktu tunggu</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="135"/>
        <source>over %1 decisions</source>
        <translation>dari %1 keputusan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="136"/>
        <source>Median time from submission to a moderator&apos;s decision, for decisions made in the range.</source>
        <translation>Median waktu dari pengiriman hingga keputusan moderator, untuk keputusan yang dibuat dalam rentang ini.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="143"/>
        <source>Referral conversion</source>
        <translation>Konversi referral</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="145"/>
        <source>%1 won of %2 decided</source>
        <translation>%1 berhasil dari %2 yang sudah diputuskan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="148"/>
        <source>Won / (won + lost), over referrals created in the range; open referrals do not count.</source>
        <translation>Berhasil / (berhasil + gagal), dari referral yang dibuat dalam rentang ini; referral yang masih terbuka tidak dihitung.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="155"/>
        <source>Advocate NPS</source>
        <translation>NPS duta</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="157"/>
        <source>%1 responses</source>
        <translation>%1 tanggapan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="158"/>
        <source>% promoters (9-10) minus % detractors (0-6), each advocate&apos;s latest answer in the range.</source>
        <translation>% promotor (9-10) dikurangi % detraktor (0-6), dari jawaban terbaru setiap duta dalam rentang ini.</translation>
    </message>
</context>
<context>
    <name>MetricsSummary</name>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="64"/>
        <source>Asks completed</source>
        <translation>Tantangan selesai</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="66"/>
        <source>Content delivered</source>
        <translation>Konten diserahkan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="69"/>
        <source>Referrals (won)</source>
        <translation>Referral (berhasil)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="70"/>
        <source>Average won deal</source>
        <translation>Rata-rata kesepakatan berhasil</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="71"/>
        <source>Redeemed a reward</source>
        <translation>Pernah menukar hadiah</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="72"/>
        <source>Opt-out rate</source>
        <translation>Rasio keluar program</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="73"/>
        <source>At risk of over-asking</source>
        <translation>Berisiko terlalu sering diminta</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="78"/>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="105"/>
        <source>Tier</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="79"/>
        <source>Advocates</source>
        <translation>Duta</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="86"/>
        <source>Content</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="87"/>
        <source>Delivered</source>
        <translation>Diserahkan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="88"/>
        <source>Used</source>
        <translation>Dipakai</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="95"/>
        <source>Challenge</source>
        <translation>Tantangan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="96"/>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="97"/>
        <source>Rate</source>
        <translation>Rasio</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="104"/>
        <source>Advocate</source>
        <translation>Duta</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="106"/>
        <source>Asks, 30 days</source>
        <translation>Tantangan, 30 hari</translation>
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
        <translation>dibuat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="120"/>
        <source>ASKS COMPLETED PER</source>
        <translation>TANTANGAN SELESAI PER</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="121"/>
        <source>MORE FIGURES</source>
        <translation>ANGKA LAINNYA</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="122"/>
        <source>TIERS</source>
        <translation>TINGKAT</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="123"/>
        <source>CONTENT DELIVERED</source>
        <translation>KONTEN DISERAHKAN</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="124"/>
        <source>AT RISK OF OVER-ASKING</source>
        <translation>BERISIKO TERLALU SERING DIMINTA</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/pdf_summary.py" line="125"/>
        <source>TOP CHALLENGES BY PARTICIPATION</source>
        <translation>TANTANGAN TERATAS MENURUT PARTISIPASI</translation>
    </message>
</context>
<context>
    <name>ModerationModel</name>
    <message>
        <location filename="../../advocate_hub/ui/models/moderation_model.py" line="42"/>
        <source>just now</source>
        <translation>baru saja</translation>
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
        <translation>Edit templat pesan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="117"/>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="408"/>
        <source>All caught up</source>
        <translation>Semua sudah beres</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="118"/>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="409"/>
        <source>Nothing is waiting for a decision. New submissions appear here as advocates send them.</source>
        <translation>Tidak ada yang menunggu keputusan. Kiriman baru muncul di sini saat duta mengirimkannya.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="120"/>
        <source>Show every submission</source>
        <translation>Tampilkan semua kiriman</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="189"/>
        <source>Filter by kind</source>
        <translation>Filter menurut jenis</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="190"/>
        <source>All kinds</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="194"/>
        <source>Filter by challenge</source>
        <translation>Filter menurut tantangan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="195"/>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="349"/>
        <source>All challenges</source>
        <translation>Semua tantangan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="199"/>
        <source>Search advocates by name or email</source>
        <translation>Cari duta menurut nama atau email</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="200"/>
        <source>Advocate name or email</source>
        <translation>Nama atau email duta</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="205"/>
        <source>Clear search</source>
        <translation>Hapus pencarian</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="205"/>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="206"/>
        <source>Filter by waiting time</source>
        <translation>Filter menurut waktu tunggu</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="218"/>
        <source>Any wait</source>
        <translation>Semua waktu tunggu</translation>
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
        <translation>Kiriman tertunda</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="236"/>
        <source>J / K: next / previous · A approve · R reject · C ask for changes</source>
        <translation>J / K: berikutnya / sebelumnya · A setujui · R tolak · C minta perubahan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="247"/>
        <source>Approve selected (0)</source>
        <translation>Setujui yang dipilih (0)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="249"/>
        <source>Approve every selected submission with the note as thank-you (Shift+A)</source>
        <translation>Setujui semua kiriman yang dipilih dengan catatan sebagai ucapan terima kasih (Shift+A)</translation>
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
        <translation>%1 · median waktu tunggu %2</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="344"/>
        <source>under 1 h</source>
        <translation>kurang dari 1 jam</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="345"/>
        <source>%1 h</source>
        <translation>%1 jam</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="352"/>
        <source>Chosen challenge (0)</source>
        <translation>Tantangan terpilih (0)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="395"/>
        <source>Approve selected (%1)</source>
        <translation>Setujui yang dipilih (%1)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="403"/>
        <source>Nothing matches these filters</source>
        <translation>Tidak ada yang cocok dengan filter ini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="404"/>
        <source>Other submissions are still waiting: show every submission to see them.</source>
        <translation>Masih ada kiriman lain yang menunggu: tampilkan semua kiriman untuk melihatnya.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="444"/>
        <source>why it is rejected</source>
        <translation>alasan penolakannya</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="444"/>
        <source>what should change</source>
        <translation>apa yang perlu diubah</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="446"/>
        <source>Write %1 first: the advocate will read it. Then press Ctrl+Enter.</source>
        <translation>Tulis dulu %1: duta akan membacanya. Lalu tekan Ctrl+Enter.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="451"/>
        <source>Approved %1&apos;s submission</source>
        <translation>Kiriman %1 disetujui</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="452"/>
        <source>Rejected %1&apos;s submission</source>
        <translation>Kiriman %1 ditolak</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="453"/>
        <source>Asked %1 for changes</source>
        <translation>Perubahan diminta dari %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="478"/>
        <source>Write the message first, then save it as a template.</source>
        <translation>Tulis pesannya dulu, lalu simpan sebagai templat.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="484"/>
        <source>Saved as a template</source>
        <translation>Disimpan sebagai templat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/moderation.py" line="498"/>
        <source>Approved %1 submissions</source>
        <translation>%1 kiriman disetujui</translation>
    </message>
</context>
<context>
    <name>ModeratorConfirmsForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="345"/>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="351"/>
        <source>When suits you? (optional)</source>
        <translation>Kapan waktu yang cocok? (opsional)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="346"/>
        <source>Days and times that work for you, or anything we should know</source>
        <translation>Hari dan jam yang cocok untuk Anda, atau hal lain yang perlu kami ketahui</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="350"/>
        <source>The team gets in touch to set it up, and confirms once it has happened.</source>
        <translation>Tim akan menghubungi Anda untuk mengaturnya, lalu mengonfirmasi setelah terlaksana.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="355"/>
        <source>Count me in</source>
        <translation>Saya ikut</translation>
    </message>
</context>
<context>
    <name>NoProofForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="202"/>
        <source>Nothing to send: mark it as done when you have.</source>
        <translation>Tidak ada yang perlu dikirim: tandai selesai setelah Anda melakukannya.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="205"/>
        <source>Mark as done</source>
        <translation>Tandai selesai</translation>
    </message>
</context>
<context>
    <name>NominateDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="390"/>
        <source>Nominate someone</source>
        <translation>Nominasikan seseorang</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="393"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="393"/>
        <source>Their full name</source>
        <translation>Nama lengkapnya</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="394"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="395"/>
        <source>Company</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="395"/>
        <source>Optional</source>
        <translation>Opsional</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="406"/>
        <source>They join as nominated; invite them when you are ready.</source>
        <translation>Mereka masuk dengan status dinominasikan; undang saat Anda siap.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="408"/>
        <source>Nominate</source>
        <translation>Nominasikan</translation>
    </message>
</context>
<context>
    <name>PeriodChart</name>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="256"/>
        <source>Asks completed per period</source>
        <translation>Tantangan selesai per periode</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="258"/>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="264"/>
        <source>Asks completed</source>
        <translation>Tantangan selesai</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="259"/>
        <location filename="../../advocate_hub/ui/views/metric_charts.py" line="265"/>
        <source>Other activities</source>
        <translation>Aktivitas lain</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="37"/>
        <source>Leave kiosk mode</source>
        <translation>Keluar dari mode kios</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="42"/>
        <source>Staff only: enter the kiosk PIN</source>
        <translation>Khusus staf: masukkan PIN kios</translation>
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
        <translation>PIN salah. Tersisa 1 percobaan sebelum terkunci.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="81"/>
        <source>Wrong PIN. %1 tries left before a lock.</source>
        <translation>PIN salah. Tersisa %1 percobaan sebelum terkunci.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="99"/>
        <source>Too many wrong tries. Locked for %1.</source>
        <translation>Terlalu banyak percobaan yang salah. Terkunci selama %1.</translation>
    </message>
</context>
<context>
    <name>PreviewCard</name>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="133"/>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="135"/>
        <source>Expired</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="137"/>
        <source>Locked</source>
        <translation>Terkunci</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="142"/>
        <source>Coming soon: opens %1 UTC.</source>
        <translation>Segera hadir: dibuka %1 UTC.</translation>
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
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="86"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="87"/>
        <source>Company</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="88"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/import_dialog.py" line="89"/>
        <source>Groups</source>
        <translation>Grup</translation>
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
        <translation>Tentang Anda</translation>
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
        <translation>Perusahaan</translation>
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
        <translation>Tampilkan nama saya</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="238"/>
        <source>The team may contact me</source>
        <translation>Tim boleh menghubungi saya</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="243"/>
        <source>Your name may appear on leaderboards and with the quotes, stories and case studies you give. Off: leaderboards show you as a numbered advocate.</source>
        <translation>Nama Anda dapat muncul di papan peringkat dan bersama kutipan, cerita, dan studi kasus yang Anda berikan. Nonaktif: papan peringkat menampilkan Anda sebagai duta bernomor.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="247"/>
        <source>By email or phone, about challenges, references and events.</source>
        <translation>Lewat email atau telepon, tentang tantangan, referensi, dan acara.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="257"/>
        <source>Asks you would rather not get</source>
        <translation>Tantangan yang tidak ingin Anda terima</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="260"/>
        <source>Tick what you never want to be asked for. Everything else stays open to you.</source>
        <translation>Centang yang tidak ingin Anda terima. Selebihnya tetap terbuka untuk Anda.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="271"/>
        <source>Save changes</source>
        <translation>Simpan perubahan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="279"/>
        <source>Invite a colleague</source>
        <translation>Undang rekan kerja</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="281"/>
        <source>Share your code or link. You earn points as your referral moves along.</source>
        <translation>Bagikan kode atau tautan Anda. Anda mendapat poin seiring kemajuan referral Anda.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="285"/>
        <source>Referral code</source>
        <translation>Kode referral</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="291"/>
        <source>Copy link</source>
        <translation>Salin tautan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="299"/>
        <source>QR code of your referral link</source>
        <translation>Kode QR tautan referral Anda</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="304"/>
        <source>Scan to open your link on a phone.</source>
        <translation>Pindai untuk membuka tautan Anda di ponsel.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="314"/>
        <source>Membership</source>
        <translation>Keanggotaan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="317"/>
        <source>Leave the program</source>
        <translation>Keluar dari program</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="319"/>
        <source>Rejoin the program</source>
        <translation>Gabung kembali ke program</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="332"/>
        <source>App language</source>
        <translation>Bahasa aplikasi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="335"/>
        <source>App language on this computer</source>
        <translation>Bahasa aplikasi di komputer ini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="336"/>
        <source>System default</source>
        <translation>Bawaan sistem</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="341"/>
        <source>Screens on this computer</source>
        <translation>Tampilan di komputer ini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="353"/>
        <source>Saved. The app uses %1 the next time it opens.</source>
        <translation>Tersimpan. Aplikasi akan memakai %1 saat dibuka lagi nanti.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="394"/>
        <source>You have left the program: no challenges reach you and you are on no leaderboard. Your points are kept. Rejoin whenever you like.</source>
        <translation>Anda sudah keluar dari program: Anda tidak menerima tantangan dan tidak tampil di papan peringkat mana pun. Poin Anda tetap tersimpan. Silakan bergabung kembali kapan saja.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="398"/>
        <source>You are a member. You can leave at any time, no questions asked; your points are kept.</source>
        <translation>Anda adalah anggota. Anda bisa keluar kapan saja tanpa perlu memberi alasan; poin Anda tetap tersimpan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="418"/>
        <source>Signed in with %1</source>
        <translation>Masuk dengan %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="437"/>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="449"/>
        <source>Saved. Your choices apply from now on.</source>
        <translation>Tersimpan. Pilihan Anda berlaku mulai sekarang.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="488"/>
        <source>Link copied</source>
        <translation>Tautan disalin</translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <location filename="../../advocate_hub/ui/picker.py" line="26"/>
        <source>Who are you?</source>
        <translation>Siapa Anda?</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/picker.py" line="31"/>
        <source>Choose your profile</source>
        <translation>Pilih profil Anda</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/picker.py" line="32"/>
        <source>Working offline on this computer&apos;s program.</source>
        <translation>Bekerja offline dengan program di komputer ini.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/picker.py" line="35"/>
        <source>Search by email</source>
        <translation>Cari menurut email</translation>
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
        <translation>Kirim</translation>
    </message>
</context>
<context>
    <name>ProofView</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="61"/>
        <source>Open link</source>
        <translation>Buka tautan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="61"/>
        <source>Open the proof link</source>
        <translation>Buka tautan bukti</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="63"/>
        <source>Open the link in your browser</source>
        <translation>Buka tautan di browser Anda</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="99"/>
        <source>Opens in your browser</source>
        <translation>Terbuka di browser Anda</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="119"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="120"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="121"/>
        <source>Company</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="121"/>
        <source>Not given</source>
        <translation>Tidak diisi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="128"/>
        <source>They agreed to be contacted.</source>
        <translation>Mereka setuju untuk dihubungi.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="130"/>
        <source>Event code: %1</source>
        <translation>Kode acara: %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="134"/>
        <source>Nothing to check in the app: confirm with the team that it happened.</source>
        <translation>Tidak ada yang perlu diperiksa di aplikasi: pastikan ke tim bahwa ini sudah terlaksana.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="140"/>
        <source>This challenge needs no proof.</source>
        <translation>Tantangan ini tidak memerlukan bukti.</translation>
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
        <translation>baru saja</translation>
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
        <translation>Barang</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/leaderboard_model.py" line="103"/>
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/leaderboard_model.py" line="104"/>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="87"/>
        <source>Tier</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/leaderboard_model.py" line="105"/>
        <source>Advocate</source>
        <translation>Duta</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/leaderboard_model.py" line="106"/>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="89"/>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/leaderboard_model.py" line="124"/>
        <source>%1, you</source>
        <translation>%1, Anda</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/leaderboard_model.py" line="126"/>
        <source>%1 tier</source>
        <translation>Tingkat %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/leaderboard_model.py" line="149"/>
        <source>Advocate #%1</source>
        <translation>Duta #%1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="50"/>
        <source>Nominated</source>
        <translation>Dinominasikan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="51"/>
        <source>Invited</source>
        <translation>Diundang</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="52"/>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="53"/>
        <source>Opted out</source>
        <translation>Keluar program</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="54"/>
        <source>Alumni</source>
        <translation>Alumni</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="55"/>
        <source>Deactivated</source>
        <translation>Dinonaktifkan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="62"/>
        <source>%1 is now nominated.</source>
        <translation>%1 sekarang dinominasikan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="63"/>
        <source>%1 is now invited.</source>
        <translation>%1 sekarang diundang.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="64"/>
        <source>%1 is now active.</source>
        <translation>%1 sekarang aktif.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="65"/>
        <source>%1 has now opted out.</source>
        <translation>%1 sekarang sudah keluar program.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="66"/>
        <source>%1 is now an alumnus.</source>
        <translation>%1 sekarang menjadi alumni.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="67"/>
        <source>%1 is now deactivated.</source>
        <translation>%1 sekarang dinonaktifkan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="74"/>
        <source>Never</source>
        <translation>Belum pernah</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="77"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="79"/>
        <source>Yesterday</source>
        <translation>Kemarin</translation>
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
        <translation>Email</translation>
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
        <translation>Terakhir aktif</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="91"/>
        <source>Asks 30d</source>
        <translation>Tantangan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/roster_model.py" line="151"/>
        <source>At the asking limit of %1 in 30 days</source>
        <translation>Mencapai batas permintaan %1 dalam 30 hari</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <location filename="../../advocate_hub/ui/app.py" line="108"/>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/app.py" line="109"/>
        <location filename="../../advocate_hub/ui/workspace.py" line="31"/>
        <source>Challenges</source>
        <translation>Tantangan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/app.py" line="112"/>
        <source>Leaderboard</source>
        <translation>Papan peringkat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/app.py" line="114"/>
        <source>Badges</source>
        <translation>Lencana</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/app.py" line="115"/>
        <source>Rewards</source>
        <translation>Hadiah</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/app.py" line="116"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/app.py" line="120"/>
        <source>Compare tiers</source>
        <translation>Bandingkan tingkat</translation>
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
Untuk memeriksanya, jalankan:
  advocate-hub doctor --data-dir %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="37"/>
        <source>Reset the demo?</source>
        <translation>Atur ulang demo?</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="38"/>
        <source>Everything done in this demo since it was seeded will be lost, and the demo starts afresh.</source>
        <translation>Semua yang dilakukan di demo ini sejak data awalnya dibuat akan hilang, dan demo dimulai dari awal lagi.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/demo_mode.py" line="43"/>
        <source>Reset demo</source>
        <translation>Atur ulang demo</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/board_delegate.py" line="109"/>
        <source>You</source>
        <translation>Anda</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="73"/>
        <source>Scheduled</source>
        <translation>Terjadwal</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="74"/>
        <source>Live</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="75"/>
        <source>Expired</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_editor.py" line="76"/>
        <source>Archived</source>
        <translation>Diarsipkan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="51"/>
        <source>Nothing to send</source>
        <translation>Tidak ada yang dikirim</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="52"/>
        <source>A link</source>
        <translation>Tautan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="53"/>
        <source>Written text</source>
        <translation>Teks tertulis</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="54"/>
        <source>Survey answers</source>
        <translation>Jawaban survei</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="55"/>
        <source>Quiz answers (checked automatically)</source>
        <translation>Jawaban kuis (diperiksa otomatis)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="56"/>
        <source>An event code</source>
        <translation>Kode acara</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="57"/>
        <source>A referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="58"/>
        <source>A video or file link</source>
        <translation>Tautan video atau file</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/challenge_form.py" line="59"/>
        <source>A moderator confirms</source>
        <translation>Dikonfirmasi moderator</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="22"/>
        <source>today</source>
        <translation>hari ini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="24"/>
        <source>yesterday</source>
        <translation>kemarin</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/home.py" line="26"/>
        <source>%1 days ago</source>
        <translation>%1 hari lalu</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/leaderboard.py" line="69"/>
        <source>%1 columns</source>
        <translation>Kolom %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="129"/>
        <source>No review requests</source>
        <translation>Tanpa permintaan ulasan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="130"/>
        <source>No social shares</source>
        <translation>Tanpa berbagi di media sosial</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="131"/>
        <source>No surveys or polls</source>
        <translation>Tanpa survei atau polling</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="132"/>
        <source>No written testimonials</source>
        <translation>Tanpa testimoni tertulis</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="133"/>
        <source>No reference calls</source>
        <translation>Tanpa panggilan referensi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="134"/>
        <source>No referral requests</source>
        <translation>Tanpa permintaan referral</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="135"/>
        <source>No video testimonials</source>
        <translation>Tanpa testimoni video</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="136"/>
        <source>No product feedback or beta tests</source>
        <translation>Tanpa masukan produk atau uji beta</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="137"/>
        <source>No community answers</source>
        <translation>Tanpa jawaban di komunitas</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="138"/>
        <source>No case studies</source>
        <translation>Tanpa studi kasus</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="139"/>
        <source>No speaking invitations</source>
        <translation>Tanpa undangan menjadi pembicara</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="140"/>
        <source>No advisory board invitations</source>
        <translation>Tanpa undangan dewan penasihat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/profile.py" line="142"/>
        <source>No challenges of this kind: %1</source>
        <translation>Tanpa tantangan jenis ini: %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="73"/>
        <source>&amp;Submitted</source>
        <translation>&amp;Diajukan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="74"/>
        <source>&amp;Contacted</source>
        <translation>Di&amp;hubungi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="75"/>
        <source>&amp;Qualified</source>
        <translation>&amp;Terkualifikasi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="76"/>
        <source>&amp;Won</source>
        <translation>&amp;Berhasil</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="77"/>
        <source>&amp;Lost</source>
        <translation>&amp;Gagal</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="133"/>
        <source>%1 referrals</source>
        <translation>%1 referral</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_cards.py" line="36"/>
        <source>Referred by %1</source>
        <translation>Direferensikan oleh %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_cards.py" line="38"/>
        <source>Deal: %1</source>
        <translation>Kesepakatan: %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="79"/>
        <source>%1 points</source>
        <translation>%1 poin</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="31"/>
        <source>Thank-you notes</source>
        <translation>Ucapan terima kasih</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="32"/>
        <source>Rejection reasons</source>
        <translation>Alasan penolakan</translation>
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
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/workspace.py" line="33"/>
        <source>Advocates</source>
        <translation>Duta</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/workspace.py" line="34"/>
        <source>Rewards desk</source>
        <translation>Meja hadiah</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/workspace.py" line="35"/>
        <source>Referrals</source>
        <translation>Referral</translation>
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
        <translation>Duta</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="125"/>
        <source>Reward</source>
        <translation>Hadiah</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/fulfilment_model.py" line="125"/>
        <source>Points</source>
        <translation>Poin</translation>
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
        <translation>Periksa jawaban saya</translation>
    </message>
</context>
<context>
    <name>RedeemDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="88"/>
        <source>Redeem a reward</source>
        <translation>Tukar hadiah</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="93"/>
        <source>Redeem %1?</source>
        <translation>Tukar poin dengan %1?</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="98"/>
        <source>A moderator confirms your request. If it is cancelled, your points come back.</source>
        <translation>Moderator akan mengonfirmasi permintaan Anda. Jika dibatalkan, poin Anda dikembalikan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="106"/>
        <source>Redeem for %1</source>
        <translation>Tukar dengan %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="108"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="118"/>
        <source>You have %1 points; after this you will have %2.</source>
        <translation>Anda punya %1 poin; setelah ini sisanya %2.</translation>
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
        <translation>Terpenuhi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/rewards_model.py" line="52"/>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/rewards_model.py" line="70"/>
        <source>Reward</source>
        <translation>Hadiah</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/rewards_model.py" line="70"/>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/rewards_model.py" line="70"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/models/rewards_model.py" line="70"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>ReferralBoardPage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="252"/>
        <source>Referrals</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="254"/>
        <source>Value of won deals</source>
        <translation>Nilai kesepakatan berhasil</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="255"/>
        <source>Won so far</source>
        <translation>Berhasil sejauh ini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="262"/>
        <source>Drag a card to its next stage, or select it and press Ctrl+M (or Ctrl+Shift and the stage&apos;s first letter). Won deals ask for their value.</source>
        <translation>Seret kartu ke tahap berikutnya, atau pilih kartu lalu tekan Ctrl+M (atau Ctrl+Shift dan huruf pertama nama tahap dalam bahasa Inggris: S, C, Q, W, L). Kesepakatan berhasil akan meminta nilainya.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="271"/>
        <source>Move to…</source>
        <translation>Pindahkan ke…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="273"/>
        <source>Move the selected referral (Ctrl+M)</source>
        <translation>Pindahkan referral yang dipilih (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="327"/>
        <source>%1 in won deals</source>
        <translation>%1 dari kesepakatan berhasil</translation>
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
        <translation>Email mereka</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="307"/>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="308"/>
        <source>Their company (optional)</source>
        <translation>Perusahaan mereka (opsional)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="309"/>
        <source>They agreed to be contacted</source>
        <translation>Mereka setuju untuk dihubungi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="321"/>
        <source>Send referral</source>
        <translation>Kirim referral</translation>
    </message>
</context>
<context>
    <name>RequestPanel</name>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="50"/>
        <source>Selected request</source>
        <translation>Permintaan terpilih</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="58"/>
        <source>Note to the advocate</source>
        <translation>Catatan untuk duta</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="61"/>
        <source>Note to the advocate, or why the request is cancelled</source>
        <translation>Catatan untuk duta, atau alasan permintaan dibatalkan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="62"/>
        <source>Optional when fulfilling; required when cancelling.</source>
        <translation>Opsional saat memenuhi; wajib saat membatalkan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="71"/>
        <source>Fulfil</source>
        <translation>Penuhi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="73"/>
        <source>Mark as fulfilled (Ctrl+Enter)</source>
        <translation>Tandai sudah dipenuhi (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="74"/>
        <source>Cancel with refund</source>
        <translation>Batalkan dan kembalikan poin</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="75"/>
        <source>Cancel the request and give the points back</source>
        <translation>Batalkan permintaan dan kembalikan poinnya</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="90"/>
        <source>Nothing selected</source>
        <translation>Belum ada yang dipilih</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="92"/>
        <source>Pick a request in the queue to fulfil or cancel it.</source>
        <translation>Pilih permintaan di antrean untuk dipenuhi atau dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/fulfilment.py" line="98"/>
        <source>%1 for %2 points</source>
        <translation>%1 seharga %2 poin</translation>
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
        <translation>Batalkan %1 poin?</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="463"/>
        <source>For example: granted twice by mistake</source>
        <translation>Contoh: tidak sengaja diberikan dua kali</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="464"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/advocate_history.py" line="465"/>
        <source>Reverse</source>
        <translation>Batalkan</translation>
    </message>
</context>
<context>
    <name>RewardCard</name>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="156"/>
        <source>Redeem</source>
        <translation>Tukar</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="185"/>
        <source>%1 tier</source>
        <translation>Tingkat %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="187"/>
        <source>For %1 tier and above</source>
        <translation>Untuk tingkat %1 ke atas</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="190"/>
        <source>Unlimited</source>
        <translation>Tanpa batas</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="192"/>
        <source>Out of stock</source>
        <translation>Stok habis</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocate_hub/ui/views/rewards.py" line="194"/>
        <source>%n left</source>
        <translation>
            <numerusform>Sisa %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="202"/>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="203"/>
        <source>Redeem %1</source>
        <translation>Tukar poin dengan %1</translation>
    </message>
</context>
<context>
    <name>RewardForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="48"/>
        <source>e.g. 500</source>
        <translation>mis. 500</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="50"/>
        <source>Unlimited</source>
        <translation>Tanpa batas</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="51"/>
        <source>Units left; leave empty for an unlimited reward</source>
        <translation>Sisa unit; kosongkan untuk hadiah tanpa batas</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="61"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="62"/>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="63"/>
        <source>Incentive</source>
        <translation>Insentif</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="64"/>
        <source>Unlocks at tier</source>
        <translation>Terbuka di tingkat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="65"/>
        <source>Cost in points</source>
        <translation>Harga dalam poin</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="66"/>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="94"/>
        <source>Save reward</source>
        <translation>Simpan hadiah</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="96"/>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="123"/>
        <source>Retire</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="112"/>
        <source>Edit reward</source>
        <translation>Edit hadiah</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="112"/>
        <source>New reward</source>
        <translation>Hadiah baru</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="123"/>
        <source>Offer again</source>
        <translation>Tawarkan lagi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="129"/>
        <source>The cost must be a whole number of points.</source>
        <translation>Harga harus berupa bilangan bulat poin.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/reward_form.py" line="134"/>
        <source>Stock must be a whole number, or empty for unlimited.</source>
        <translation>Stok harus berupa bilangan bulat, atau kosong untuk tanpa batas.</translation>
    </message>
</context>
<context>
    <name>RewardsPage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="276"/>
        <source>Rewards</source>
        <translation>Hadiah</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="278"/>
        <source>Points to spend</source>
        <translation>Poin yang bisa dipakai</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="279"/>
        <source>You have</source>
        <translation>Saldo Anda</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="283"/>
        <source>Spend your points on recognition, access, influence or things to keep.</source>
        <translation>Gunakan poin Anda untuk pengakuan, akses, pengaruh, atau barang kenang-kenangan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="313"/>
        <source>No rewards yet</source>
        <translation>Belum ada hadiah</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="314"/>
        <source>The program has not put any rewards up yet. Keep earning: your points wait for you.</source>
        <translation>Program ini belum menyediakan hadiah. Terus kumpulkan poin: poin Anda tetap menunggu.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="319"/>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="323"/>
        <source>My redemptions</source>
        <translation>Penukaran saya</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="335"/>
        <source>Redemption columns</source>
        <translation>Kolom penukaran</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="343"/>
        <source>Nothing redeemed yet. Your requests and where they stand appear here.</source>
        <translation>Belum ada yang ditukar. Permintaan Anda beserta statusnya muncul di sini.</translation>
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
        <translation>Barang</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="365"/>
        <source>Public recognition: a spotlight, a stage, your name in front of peers.</source>
        <translation>Pengakuan publik: sorotan, panggung, nama Anda di depan rekan-rekan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="366"/>
        <source>Be first and backstage: new features, events, the people behind them.</source>
        <translation>Jadi yang pertama dan masuk ke balik layar: fitur baru, acara, dan orang-orang di baliknya.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="367"/>
        <source>Shape what comes next: the roadmap, our blog, an advisory seat.</source>
        <translation>Ikut menentukan langkah berikutnya: roadmap, blog kami, kursi penasihat.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="368"/>
        <source>Things to keep: swag and gift cards.</source>
        <translation>Barang kenang-kenangan: suvenir dan kartu hadiah.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="439"/>
        <source>Requested. A moderator will confirm it soon.</source>
        <translation>Permintaan terkirim. Moderator akan segera mengonfirmasinya.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/rewards.py" line="447"/>
        <source>Something went wrong.</source>
        <translation>Terjadi kesalahan.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="111"/>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="115"/>
        <source>Set up this kiosk</source>
        <translation>Siapkan kios ini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="116"/>
        <source>Event name, as visitors know it</source>
        <translation>Nama acara, seperti yang dikenal pengunjung</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="118"/>
        <source>Event code (of its check-in challenge)</source>
        <translation>Kode acara (dari tantangan check-in-nya)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="120"/>
        <source>Exit PIN (4 to 12 digits)</source>
        <translation>PIN keluar (4 sampai 12 digit)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="121"/>
        <source>The PIN again</source>
        <translation>Ulangi PIN</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="127"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="129"/>
        <source>Start the kiosk</source>
        <translation>Mulai kios</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/pin.py" line="139"/>
        <source>The two PINs differ.</source>
        <translation>Kedua PIN tidak sama.</translation>
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
        <translation>Masuk</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="114"/>
        <source>Sign in to Advocate Hub</source>
        <translation>Masuk ke Advocate Hub</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="130"/>
        <source>Your program isn&apos;t on this computer yet: sign in to fetch it from your program&apos;s server.</source>
        <translation>Program Anda belum ada di komputer ini: masuk untuk mengambilnya dari server program Anda.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="132"/>
        <source>Sync your points and challenges with your program&apos;s server, or keep working offline.</source>
        <translation>Sinkronkan poin dan tantangan Anda dengan server program, atau tetap bekerja offline.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="139"/>
        <source>Server address</source>
        <translation>Alamat server</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="141"/>
        <location filename="../../advocate_hub/ui/signin.py" line="147"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="143"/>
        <location filename="../../advocate_hub/ui/signin.py" line="148"/>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="146"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="156"/>
        <source>Sign-in message</source>
        <translation>Pesan status masuk</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="161"/>
        <source>Signing in</source>
        <translation>Sedang masuk</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="170"/>
        <source>Work offline</source>
        <translation>Bekerja offline</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="170"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="210"/>
        <source>Fill in the server address, your email and your password.</source>
        <translation>Isi alamat server, email, dan kata sandi Anda.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="215"/>
        <source>Signing in to %1…</source>
        <translation>Masuk ke %1…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="235"/>
        <source>You&apos;re signed in for this session only: this computer has no password store (keyring), so you&apos;ll be asked again next time.</source>
        <translation>Anda masuk hanya untuk sesi ini: komputer ini tidak punya penyimpanan kata sandi (keyring), jadi Anda akan diminta masuk lagi lain kali.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="243"/>
        <location filename="../../advocate_hub/ui/signin.py" line="244"/>
        <source>Continue</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/signin.py" line="264"/>
        <source>Signing in…</source>
        <translation>Sedang masuk…</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="159"/>
        <source>Welcome! Who are you?</source>
        <translation>Selamat datang! Siapa Anda?</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="160"/>
        <source>Type your email or member code, or scan your code.</source>
        <translation>Ketik email atau kode anggota Anda, atau pindai kode Anda.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="161"/>
        <source>Email or member code</source>
        <translation>Email atau kode anggota</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="167"/>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="169"/>
        <source>New here? Join</source>
        <translation>Baru di sini? Gabung</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="171"/>
        <source>Continue</source>
        <translation>Lanjutkan</translation>
    </message>
</context>
<context>
    <name>StageList</name>
    <message>
        <location filename="../../advocate_hub/ui/views/referral_board.py" line="209"/>
        <source>No referrals here</source>
        <translation>Tidak ada referral di sini</translation>
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
        <translation>CATATAN UNTUK DUTA</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="217"/>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="218"/>
        <source>Insert a saved message</source>
        <translation>Sisipkan pesan tersimpan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="225"/>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="226"/>
        <source>Save the note as a template</source>
        <translation>Simpan catatan sebagai templat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="232"/>
        <source>Save as a thank-you note</source>
        <translation>Simpan sebagai ucapan terima kasih</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="233"/>
        <source>Save as a reason to reject</source>
        <translation>Simpan sebagai alasan penolakan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="234"/>
        <source>Save as a change request</source>
        <translation>Simpan sebagai permintaan perubahan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="244"/>
        <source>Note to the advocate</source>
        <translation>Catatan untuk duta</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="246"/>
        <source>A thank-you, or the reason for a rejection or a change request. Ctrl+Enter sends it.</source>
        <translation>Ucapan terima kasih, atau alasan penolakan atau permintaan perubahan. Ctrl+Enter untuk mengirim.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="258"/>
        <source>&amp;Approve</source>
        <translation>&amp;Setujui</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="260"/>
        <source>Approve with the note as thank-you (A)</source>
        <translation>Setujui dengan catatan sebagai ucapan terima kasih (A)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="261"/>
        <source>Request &amp;changes</source>
        <translation>Minta &amp;perubahan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="263"/>
        <source>Send it back with the note saying what to change (C)</source>
        <translation>Kembalikan dengan catatan tentang apa yang perlu diubah (C)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="264"/>
        <source>&amp;Reject</source>
        <translation>&amp;Tolak</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="266"/>
        <source>Reject with the note as the reason (R)</source>
        <translation>Tolak dengan catatan sebagai alasannya (R)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="280"/>
        <source>In the list: J / K move · A approve · R reject · C request changes. Ctrl+Enter in the note sends.</source>
        <translation>Di daftar: J / K berpindah · A setujui · R tolak · C minta perubahan. Ctrl+Enter di catatan untuk mengirim.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="297"/>
        <source>This is your own submission: another moderator decides it.</source>
        <translation>Ini kiriman Anda sendiri: moderator lain yang akan memutuskannya.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="319"/>
        <source>%1 · sent %2 · waiting %3</source>
        <translation>%1 · dikirim %2 · menunggu %3</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="330"/>
        <source>The advocate confirmed they disclose the reward.</source>
        <translation>Duta sudah mengonfirmasi akan mengungkapkan hadiah yang diterimanya.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="345"/>
        <source>Insert a saved message…</source>
        <translation>Sisipkan pesan tersimpan…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="348"/>
        <source>Thank-you notes</source>
        <translation>Ucapan terima kasih</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_view.py" line="349"/>
        <source>Reasons to reject</source>
        <translation>Alasan penolakan</translation>
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
        <translation>Jawaban untuk pertanyaan %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="475"/>
        <source>Question %1: score %2 of 10</source>
        <translation>Pertanyaan %1: skor %2 dari 10</translation>
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
        <translation>Kirim jawaban</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="266"/>
        <source>Demo program, never synced</source>
        <translation>Program demo, tidak pernah disinkronkan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="266"/>
        <source>Offline, local program</source>
        <translation>Offline, program lokal</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="268"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="270"/>
        <source>Signed out</source>
        <translation>Belum masuk</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="272"/>
        <source>Syncing… %1%</source>
        <translation>Menyinkronkan… %1%</translation>
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
        <translation>Disinkronkan %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="285"/>
        <source>Signed in</source>
        <translation>Sudah masuk</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="294"/>
        <source>The demo program is sample data: it never syncs with a server.</source>
        <translation>Program demo berisi data contoh: tidak pernah disinkronkan dengan server.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="295"/>
        <source>This program lives only on this computer: there is no server to sync with.</source>
        <translation>Program ini hanya ada di komputer ini: tidak ada server untuk sinkronisasi.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="297"/>
        <source>Server: %1 as %2</source>
        <translation>Server: %1 sebagai %2</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="299"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="302"/>
        <source>Last synced %1</source>
        <translation>Terakhir disinkronkan %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="304"/>
        <source>Not synced yet</source>
        <translation>Belum disinkronkan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="309"/>
        <source>1 local change waiting to be sent</source>
        <translation>1 perubahan lokal menunggu dikirim</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="311"/>
        <source>%1 local changes waiting to be sent</source>
        <translation>%1 perubahan lokal menunggu dikirim</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="307"/>
        <source>Nothing waiting to be sent</source>
        <translation>Tidak ada yang menunggu dikirim</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="71"/>
        <source>%1 s</source>
        <translation>%1 dtk</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="73"/>
        <source>%1 min</source>
        <translation>%1 mnt</translation>
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
        <translation>baru saja</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="86"/>
        <source>%1 ago</source>
        <translation>%1 lalu</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="90"/>
        <source>Your clock is off by %1: server times are used</source>
        <translation>Jam Anda selisih %1: waktu server yang digunakan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="99"/>
        <source>Signed out — sign in again</source>
        <translation>Sudah keluar — masuk lagi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="101"/>
        <source>Server unreachable — will retry</source>
        <translation>Server tidak dapat dijangkau — akan dicoba lagi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="103"/>
        <source>The server is newer than this app — update Advocate Hub</source>
        <translation>Server lebih baru daripada aplikasi ini — perbarui Advocate Hub</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="111"/>
        <source>The server had a problem — will retry</source>
        <translation>Server mengalami masalah — akan dicoba lagi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="113"/>
        <source>Sync refused: %1</source>
        <translation>Sinkronisasi ditolak: %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="406"/>
        <source>Sync status</source>
        <translation>Status sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="410"/>
        <source>Sync progress</source>
        <translation>Progres sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="416"/>
        <location filename="../../advocate_hub/ui/sync_status.py" line="457"/>
        <location filename="../../advocate_hub/ui/sync_status.py" line="458"/>
        <source>Sync now</source>
        <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="420"/>
        <source>Sign out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="421"/>
        <source>Sign out of the server</source>
        <translation>Keluar dari server</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="422"/>
        <source>Stop syncing and forget this sign-in on this computer</source>
        <translation>Hentikan sinkronisasi dan lupakan info masuk ini di komputer ini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="453"/>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="454"/>
        <source>Sign in to sync</source>
        <translation>Masuk untuk sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="455"/>
        <source>Sign in to the server to sync (F5)</source>
        <translation>Masuk ke server untuk sinkronisasi (F5)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/sync_status.py" line="459"/>
        <source>Send local changes and fetch the server&apos;s (F5)</source>
        <translation>Kirim perubahan lokal dan ambil perubahan dari server (F5)</translation>
    </message>
</context>
<context>
    <name>TableCard</name>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_tables.py" line="82"/>
        <source>Export CSV</source>
        <translation>Ekspor CSV</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/metric_tables.py" line="84"/>
        <source>Export %1 as CSV</source>
        <translation>Ekspor %1 sebagai CSV</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="44"/>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="51"/>
        <source>Message templates</source>
        <translation>Templat pesan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="54"/>
        <source>Kind of message</source>
        <translation>Jenis pesan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="63"/>
        <source>Templates</source>
        <translation>Templat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="68"/>
        <source>Template title</source>
        <translation>Judul templat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="71"/>
        <source>Template text</source>
        <translation>Teks templat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="73"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="74"/>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="76"/>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="77"/>
        <source>Delete</source>
        <translation>Hapus</translation>
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
        <translation>%1 (bawaan)</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="144"/>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="155"/>
        <source>Deleted.</source>
        <translation>Dihapus.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/templates_dialog.py" line="166"/>
        <source>That did not work.</source>
        <translation>Tindakan itu gagal.</translation>
    </message>
</context>
<context>
    <name>TextForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="243"/>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="248"/>
        <source>Your words</source>
        <translation>Tulisan Anda</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="244"/>
        <source>In your own words…</source>
        <translation>Dengan kata-kata Anda sendiri…</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="259"/>
        <source>%1 characters · at least %2</source>
        <translation>%1 karakter · minimal %2</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="265"/>
        <source>%1 of %2 characters</source>
        <translation>%1 dari %2 karakter</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="540"/>
        <source>More challenges</source>
        <translation>Tantangan lainnya</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/kiosk/screens.py" line="542"/>
        <source>Sign me out</source>
        <translation>Keluar</translation>
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
        <translation>Sebaran tingkat</translation>
    </message>
</context>
<context>
    <name>TierComparePage</name>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="86"/>
        <source>Compare tiers</source>
        <translation>Bandingkan tingkat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="90"/>
        <source>What each tier unlocks in this program, from its own rules, challenges and rewards. Every tier keeps everything below it.</source>
        <translation>Apa yang dibuka setiap tingkat dalam program ini, berdasarkan aturan, tantangan, dan hadiahnya sendiri. Setiap tingkat tetap mendapat semua yang ada di tingkat bawahnya.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="113"/>
        <source>View as %1</source>
        <translation>Lihat sebagai %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="115"/>
        <source>View the app as a %1 advocate</source>
        <translation>Lihat aplikasi sebagai duta %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="153"/>
        <source>From %1 lifetime points</source>
        <translation>Mulai %1 poin total</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="155"/>
        <source>Where everyone starts</source>
        <translation>Titik awal semua orang</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="162"/>
        <source>and a high-barrier challenge completed</source>
        <translation>serta menyelesaikan satu tantangan berat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="164"/>
        <source>and %1 high-barrier challenges completed</source>
        <translation>serta menyelesaikan %1 tantangan berat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="169"/>
        <source>1 advocate</source>
        <translation>1 duta</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="169"/>
        <source>%1 advocates</source>
        <translation>%1 duta</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="174"/>
        <source>Viewing as</source>
        <translation>Dilihat sebagai</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="183"/>
        <source>BENEFITS</source>
        <translation>MANFAAT</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="189"/>
        <source>CHALLENGES</source>
        <translation>TANTANGAN</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="194"/>
        <source>open to this tier</source>
        <translation>terbuka untuk tingkat ini</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="208"/>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="228"/>
        <source>NEW AT THIS TIER</source>
        <translation>BARU DI TINGKAT INI</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="208"/>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="228"/>
        <source>TO START WITH</source>
        <translation>UNTUK PERMULAAN</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="212"/>
        <source>Every challenge is already open.</source>
        <translation>Semua tantangan sudah terbuka.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="216"/>
        <source>REWARDS</source>
        <translation>HADIAH</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="224"/>
        <source>to redeem with points</source>
        <translation>bisa ditukar dengan poin</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="233"/>
        <source>%1 · %2 pts</source>
        <translation>%1 · %2 poin</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="241"/>
        <source>and %1 more</source>
        <translation>dan %1 lainnya</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="257"/>
        <source>Low</source>
        <translation>Ringan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="258"/>
        <source>Medium</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/tier_compare.py" line="259"/>
        <source>High</source>
        <translation>Berat</translation>
    </message>
</context>
<context>
    <name>TierMark</name>
    <message>
        <location filename="../../advocate_hub/ui/widgets.py" line="127"/>
        <source>%1 tier</source>
        <translation>Tingkat %1</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <location filename="../../advocate_hub/ui/toast.py" line="26"/>
        <source>Notification</source>
        <translation>Notifikasi</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <location filename="../../advocate_hub/ui/tour.py" line="42"/>
        <source>Guided tour</source>
        <translation>Tur terpandu</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/tour.py" line="63"/>
        <source>Skip tour</source>
        <translation>Lewati tur</translation>
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
        <translation>Lanjut</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/tour.py" line="128"/>
        <source>TOUR · STEP %1 OF %2</source>
        <translation>TUR · LANGKAH %1 DARI %2</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/tour.py" line="134"/>
        <source>Finish</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/tour.py" line="135"/>
        <source>Finish the tour</source>
        <translation>Selesaikan tur</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/tour.py" line="135"/>
        <source>Next step</source>
        <translation>Langkah berikutnya</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="26"/>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="27"/>
        <source>Silver</source>
        <translation>Silver</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="28"/>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="29"/>
        <source>Platinum</source>
        <translation>Platinum</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="36"/>
        <source>Points earned</source>
        <translation>Poin diraih</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="37"/>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="38"/>
        <source>Adjustment</source>
        <translation>Penyesuaian</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="39"/>
        <source>Reversal</source>
        <translation>Pembatalan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="40"/>
        <source>Points spent</source>
        <translation>Poin dipakai</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="46"/>
        <source>Waiting for a moderator</source>
        <translation>Menunggu moderator</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="47"/>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="48"/>
        <source>Not approved</source>
        <translation>Tidak disetujui</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="49"/>
        <source>Changes requested</source>
        <translation>Diminta perubahan</translation>
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
        <translation>Ulasan di situs pihak ketiga</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="68"/>
        <source>Social share</source>
        <translation>Berbagi di media sosial</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="69"/>
        <source>Survey or poll</source>
        <translation>Survei atau polling</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="70"/>
        <source>Quiz or trivia</source>
        <translation>Kuis atau trivia</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="71"/>
        <source>Watch or read</source>
        <translation>Tonton atau baca</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="72"/>
        <source>Event check-in</source>
        <translation>Check-in acara</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="73"/>
        <source>Written testimonial</source>
        <translation>Testimoni tertulis</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="74"/>
        <source>Reference call</source>
        <translation>Panggilan referensi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="75"/>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="76"/>
        <source>Video testimonial</source>
        <translation>Testimoni video</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="77"/>
        <source>Product feedback or beta</source>
        <translation>Masukan produk atau uji beta</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="78"/>
        <source>Community answer</source>
        <translation>Jawaban di komunitas</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="79"/>
        <source>Case study</source>
        <translation>Studi kasus</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="80"/>
        <source>Speaking slot</source>
        <translation>Sesi bicara</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="81"/>
        <source>Advisory board</source>
        <translation>Dewan penasihat</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="97"/>
        <source>Your membership is not active, so no challenges are open to you; see your profile.</source>
        <translation>Keanggotaan Anda tidak aktif, jadi tidak ada tantangan yang terbuka untuk Anda; lihat profil Anda.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="101"/>
        <source>This challenge has been archived.</source>
        <translation>Tantangan ini sudah diarsipkan.</translation>
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
        <translation>Anda meminta untuk tidak menerima tantangan jenis ini (%1); lihat profil Anda.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="111"/>
        <source>Unlocks at %1 tier.</source>
        <translation>Terbuka di tingkat %1.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="113"/>
        <source>This challenge is for another group of advocates.</source>
        <translation>Tantangan ini untuk grup duta lain.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="116"/>
        <source>You have done this once, the most it allows.</source>
        <translation>Anda sudah menyelesaikan ini sekali, jumlah maksimal yang diizinkan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="117"/>
        <source>You have done this %1 times, the most it allows.</source>
        <translation>Anda sudah menyelesaikan ini %1 kali, jumlah maksimal yang diizinkan.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="121"/>
        <source>You have taken on many asks in the last 30 days; we hold new ones back so nobody is over-asked.</source>
        <translation>Anda sudah mengambil banyak tantangan dalam 30 hari terakhir; tantangan baru kami tahan agar tidak ada yang terlalu sering diminta.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="130"/>
        <source>Unlocks at %1 tier</source>
        <translation>Terbuka di tingkat %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="132"/>
        <source>Out of stock</source>
        <translation>Stok habis</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="134"/>
        <source>%1 more points needed</source>
        <translation>Perlu %1 poin lagi</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="143"/>
        <source>You reached %1!</source>
        <translation>Anda mencapai tingkat %1!</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="145"/>
        <source>Badge unlocked</source>
        <translation>Lencana diraih</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="148"/>
        <source>%1 points back</source>
        <translation>%1 poin dikembalikan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="149"/>
        <source>%1 points</source>
        <translation>%1 poin</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="152"/>
        <source>Approved: %1</source>
        <translation>Disetujui: %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="153"/>
        <source>Not approved: %1</source>
        <translation>Tidak disetujui: %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="154"/>
        <source>Changes requested: %1</source>
        <translation>Diminta perubahan: %1</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="164"/>
        <source>New challenges and rewards are open.</source>
        <translation>Tantangan dan hadiah baru kini terbuka.</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/words.py" line="166"/>
        <source>Your balance is now %1.</source>
        <translation>Saldo Anda sekarang %1.</translation>
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
        <translation>Alasan (wajib)</translation>
    </message>
</context>
<context>
    <name>_QuestionsForm</name>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="373"/>
        <source>Questions</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <location filename="../../advocate_hub/ui/views/proof_forms.py" line="394"/>
        <source>Question %1: %2</source>
        <translation>Pertanyaan %1: %2</translation>
    </message>
</context>
</TS>
