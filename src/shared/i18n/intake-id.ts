/**
 * Labels of the intake vocabulary (src/shared/intake.ts) in Bahasa Indonesia, with a
 * plain-language explanation of each violation type for the public form.
 */
export const intakeId = {
  'reporterType.VOTER': 'Pemilih',
  'reporterType.MONITOR': 'Pemantau pemilihan',
  'reporterType.CANDIDATE_PAIR': 'Pasangan calon / peserta',

  'subject.PNS': 'PNS (pegawai negeri sipil)',
  'subject.PPPK': 'PPPK (pegawai pemerintah dengan perjanjian kerja)',
  'subject.CAMAT': 'Camat',
  'subject.LURAH': 'Lurah',
  'subject.KEPALA_DESA': 'Kepala desa',
  'subject.PERANGKAT_DESA': 'Perangkat desa (sekdes, kaur, kasi, kadus)',
  'subject.TNI': 'Anggota TNI',
  'subject.POLRI': 'Anggota Polri',
  'subject.PEJABAT_DAERAH': 'Pejabat daerah (mis. Pj kepala daerah, sekda, kepala dinas)',
  'subject.PENYELENGGARA': 'Penyelenggara pemilihan (KPU, Bawaslu, PPK, PPS, KPPS)',
  'subject.OTHER': 'Lainnya',

  'violation.MEDSOS': 'Kampanye di media sosial',
  'violation.KEGIATAN_KEBERPIHAKAN': 'Kegiatan yang berpihak',
  'violation.FOTO_BERSAMA': 'Foto bersama dengan gaya berpihak',
  'violation.HADIR_KAMPANYE': 'Menghadiri deklarasi atau kampanye',
  'violation.PENDEKATAN_PARPOL': 'Mendekati partai politik',
  'violation.ALAT_PERAGA': 'Memasang atau menyebarkan alat peraga',
  'violation.TIM_SUKSES': 'Menjadi tim sukses atau tim kampanye',
  'violation.DUKUNGAN_KTP': 'Surat dukungan atau mengumpulkan fotokopi KTP',
  'violation.KEPUTUSAN_MENGUNTUNGKAN': 'Keputusan atau tindakan yang menguntungkan calon',
  'violation.ANGGOTA_PARPOL': 'Menjadi anggota atau pengurus partai',
  'violation.FASILITAS_NEGARA': 'Memakai fasilitas negara',
  'violation.ATRIBUT_DINAS': 'Berkampanye dengan seragam atau atribut dinas',
  'violation.POLITIK_UANG': 'Politik uang',
  'violation.OTHER': 'Lainnya',

  'violationHelp.MEDSOS':
    'Mengunggah, mengomentari, membagikan, atau menyukai kampanye calon; bergabung dengan grup atau akun kampanye; membuat video dukungan.',
  'violationHelp.KEGIATAN_KEBERPIHAKAN':
    'Mengadakan atau ikut acara yang memihak calon atau partai: deklarasi dukungan, pertemuan, ajakan, imbauan, atau pemberian barang.',
  'violationHelp.FOTO_BERSAMA':
    'Berfoto dengan calon atau tim kampanye sambil menunjukkan jari nomor urut, atribut partai, atau kartu dan simbol calon.',
  'violationHelp.HADIR_KAMPANYE':
    'Hadir, mengantar, atau aktif mendukung calon saat deklarasi, pendaftaran, atau kampanye.',
  'violationHelp.PENDEKATAN_PARPOL':
    'Mendekati partai politik (atau masyarakat, untuk calon perseorangan) agar dicalonkan.',
  'violationHelp.ALAT_PERAGA':
    'Memasang, membawa, atau membagikan spanduk, baliho, atau alat peraga kampanye lain milik calon.',
  'violationHelp.TIM_SUKSES': 'Menjadi anggota tim kampanye, tim ahli, konsultan, atau pelaksana kampanye calon.',
  'violationHelp.DUKUNGAN_KTP': 'Memberi surat dukungan atau mengumpulkan fotokopi KTP untuk calon perseorangan.',
  'violationHelp.KEPUTUSAN_MENGUNTUNGKAN':
    'Membuat keputusan atau tindakan yang menguntungkan atau merugikan calon, termasuk mengerahkan bawahan atau warga, atau mengancam.',
  'violationHelp.ANGGOTA_PARPOL': 'Menjadi anggota atau pengurus partai politik.',
  'violationHelp.FASILITAS_NEGARA':
    'Memakai mobil dinas, kantor, balai desa, atau anggaran negara/desa untuk kampanye.',
  'violationHelp.ATRIBUT_DINAS': 'Berkampanye dengan seragam dinas atau atribut jabatan.',
  'violationHelp.POLITIK_UANG': 'Memberi atau menjanjikan uang atau barang agar memilih calon tertentu.',
  'violationHelp.OTHER': 'Perbuatan lain yang tidak cocok dengan pilihan di atas; jelaskan dalam uraian.',

  'channel.WEB': 'Formulir daring',
  'channel.WALK_IN': 'Datang langsung',
  'channel.TIP': 'Informasi awal',
  'channel.FINDING': 'Temuan pengawas',
  'channel.MEDIA': 'Pemantauan media',

  'intakeKind.REPORT': 'Laporan',
  'intakeKind.TIP': 'Informasi awal',
  'intakeKind.FINDING': 'Temuan',

  'intakeStatus.RECEIVED': 'Diterima',

  // What a reporter reads on the tracking page and in e-mail notices: plain language, no jargon.
  'publicStatus.RECEIVED': 'Laporan Anda sudah diterima dan menunggu pemeriksaan awal.',
  'publicStatus.INITIAL_REVIEW': 'Laporan Anda sedang diperiksa kelengkapan syarat formal dan materielnya.',
  'publicStatus.NEEDS_COMPLETION':
    'Laporan Anda perlu dilengkapi. Petugas akan menghubungi Anda; lengkapi dalam batas waktu.',
  'publicStatus.NOT_REGISTERED':
    'Laporan Anda tidak dapat diregistrasi. Alasannya dijelaskan dalam pemberitahuan resmi.',
  'publicStatus.REGISTERED': 'Laporan Anda sudah diregistrasi dan akan ditangani.',
  'publicStatus.CLARIFICATION': 'Pengawas sedang meminta keterangan (klarifikasi) dari pihak terkait.',
  'publicStatus.ANALYSIS': 'Pengawas sedang mengkaji laporan Anda.',
  'publicStatus.PLENARY': 'Laporan Anda sedang dibahas dalam rapat pleno pengawas.',
  'publicStatus.NOT_VIOLATION': 'Pleno memutuskan tidak terdapat pelanggaran. Penanganan selesai.',
  'publicStatus.VIOLATION': 'Pleno memutuskan terdapat pelanggaran.',
  'publicStatus.FORWARDED': 'Pelanggaran sudah diteruskan kepada instansi yang berwenang menjatuhkan sanksi.',
  'publicStatus.FOLLOW_UP_RECEIVED': 'Instansi yang berwenang sudah menyampaikan tindak lanjut.',
  'publicStatus.CLOSED': 'Penanganan laporan Anda sudah selesai.',
  'publicStatus.WITHDRAWN': 'Laporan dicabut sebelum diregistrasi.',
  'publicStatus.MERGED':
    'Laporan Anda digabungkan dengan laporan lain tentang peristiwa yang sama; Anda tetap pelapor.',
  'notice.subject': 'Perkembangan laporan Anda',
  'notice.body':
    'Status laporan Anda berubah: {status} Lacak laporan dengan kode pelacakan Anda di halaman Lacak. Jangan balas surel ini.',

  'requirement.REPORTER_IDENTITY': 'Identitas pelapor',
  'requirement.REPORTED_PARTY_NAME': 'Nama terlapor',
  'requirement.REPORTED_PARTY_ADDRESS': 'Alamat terlapor',
  'requirement.WITHIN_WINDOW': 'Dilaporkan dalam batas waktu',
  'requirement.TIME_AND_PLACE': 'Waktu dan tempat kejadian',
  'requirement.DESCRIPTION': 'Uraian kejadian',
  'requirement.EVIDENCE': 'Bukti',

  'requirementWarning.FEW_WITNESSES': 'Sebaiknya sebutkan paling tidak dua saksi.',
  'requirementWarning.SIGNATURE_IN_PERSON':
    'Tanda tangan pelapor dicocokkan dengan KTP saat klarifikasi; bawa KTP asli bila diundang.',
} as const;
