import type {
  CaseCommandType,
  CasePreconditionFailure,
  CaseStatus,
  Category,
  CriminalArticle,
  DeadlineCode,
  DeadlineState,
  DocumentKind,
  FollowUpStatus,
  GakkumduStage,
  NotRegisteredReason,
  ReceivingBody,
  Regime,
  SanctionProblem,
  SanctionType,
} from '../cases';

/** Conclusions of a Sentra Gakkumdu discussion (`GakkumduDiscussionRequest.conclusion`). */
type GakkumduConclusion = 'CONTINUE' | 'FORWARD_TO_INVESTIGATION' | 'FORWARD_TO_PROSECUTION' | 'STOP';

/** Commands run through `POST /api/cases/:id/transitions` (each has a short help text). */
type TransitionCommand = Exclude<CaseCommandType, 'FORWARD' | 'RECORD_FOLLOW_UP' | 'MERGE' | 'DELEGATE'>;

/** Keys that label every value of the case-handling vocabulary (src/shared/cases.ts). */
export type CaseEnumKeys =
  | `caseStatus.${CaseStatus}`
  | `caseCommand.${CaseCommandType}`
  | `commandHelp.${TransitionCommand}`
  | `category.${Category}`
  | `body.${ReceivingBody}`
  | `followUpStatus.${FollowUpStatus | 'SENT'}`
  | `sanction.${SanctionType}`
  | `gakkumduStage.${GakkumduStage}`
  | `gakkumduConclusion.${GakkumduConclusion}`
  | `article.${CriminalArticle}`
  | `deadlineCode.${DeadlineCode}`
  | `deadlineState.${DeadlineState}`
  | `notRegisteredReason.${NotRegisteredReason}`
  | `documentKind.${DocumentKind}`
  | `regime.${Regime}`
  | `precondition.${CasePreconditionFailure}`
  | `sanctionProblem.${SanctionProblem}`;

/** Labels of the case-handling vocabulary (src/shared/cases.ts) in Bahasa Indonesia: one per value. */
export const caseTermsId = {
  'caseStatus.RECEIVED': 'Diterima',
  'caseStatus.INITIAL_REVIEW': 'Kajian awal',
  'caseStatus.NEEDS_COMPLETION': 'Perlu dilengkapi',
  'caseStatus.NOT_REGISTERED': 'Tidak diregistrasi',
  'caseStatus.REGISTERED': 'Diregistrasi',
  'caseStatus.CLARIFICATION': 'Klarifikasi',
  'caseStatus.ANALYSIS': 'Kajian',
  'caseStatus.PLENARY': 'Rapat pleno',
  'caseStatus.NOT_VIOLATION': 'Bukan pelanggaran',
  'caseStatus.VIOLATION': 'Pelanggaran',
  'caseStatus.FORWARDED': 'Diteruskan',
  'caseStatus.FOLLOW_UP_RECEIVED': 'Tindak lanjut diterima',
  'caseStatus.CLOSED': 'Selesai',
  'caseStatus.WITHDRAWN': 'Dicabut',
  'caseStatus.MERGED': 'Digabungkan',

  'caseCommand.START_REVIEW': 'Mulai kajian awal',
  'caseCommand.REQUEST_COMPLETION': 'Minta kelengkapan',
  'caseCommand.COMPLETION_RECEIVED': 'Kelengkapan diterima',
  'caseCommand.REGISTER': 'Registrasi',
  'caseCommand.NOT_REGISTER': 'Nyatakan tidak diregistrasi',
  'caseCommand.WITHDRAW': 'Catat pencabutan laporan',
  'caseCommand.START_CLARIFICATION': 'Mulai klarifikasi',
  'caseCommand.START_ANALYSIS': 'Mulai kajian',
  'caseCommand.TO_PLENARY': 'Bawa ke rapat pleno',
  'caseCommand.EXTEND_DECISION': 'Perpanjang batas putusan',
  'caseCommand.DECIDE_NOT_VIOLATION': 'Putuskan bukan pelanggaran',
  'caseCommand.DECIDE_VIOLATION': 'Putuskan pelanggaran',
  'caseCommand.FORWARD': 'Teruskan ke instansi',
  'caseCommand.RECORD_FOLLOW_UP': 'Catat tindak lanjut',
  'caseCommand.CLOSE': 'Tutup penanganan',
  'caseCommand.MERGE': 'Gabungkan laporan',
  'caseCommand.DELEGATE': 'Limpahkan ke kantor lain',

  'caseEvent.OPEN': 'Perkara dibuka',
  'caseEvent.GAKKUMDU_OPEN': 'Dibawa ke Sentra Gakkumdu',
  'caseEvent.GAKKUMDU_DISCUSSION': 'Pembahasan Sentra Gakkumdu',
  'caseEvent.GAKKUMDU_STAGE': 'Tahap pidana dicatat',
  'caseEvent.DOCUMENT': 'Dokumen resmi dibuat',

  'commandHelp.START_REVIEW': 'Laporan mulai dikaji: syarat formal dan materiel diperiksa.',
  'commandHelp.REQUEST_COMPLETION': 'Pelapor diminta melengkapi laporan dalam batas waktu kelengkapan.',
  'commandHelp.COMPLETION_RECEIVED': 'Kelengkapan dari pelapor sudah diterima; kajian awal berlanjut.',
  'commandHelp.REGISTER': 'Laporan dicatat dalam buku register dan mendapat nomor register.',
  'commandHelp.NOT_REGISTER': 'Laporan tidak diregistrasi. Pelapor diberi tahu alasannya.',
  'commandHelp.WITHDRAW': 'Pelapor mencabut laporannya sebelum diregistrasi.',
  'commandHelp.START_CLARIFICATION': 'Pelapor, terlapor, dan saksi dimintai keterangan.',
  'commandHelp.START_ANALYSIS': 'Hasil klarifikasi dan bukti dikaji.',
  'commandHelp.TO_PLENARY': 'Hasil kajian dibawa ke rapat pleno untuk diputuskan.',
  'commandHelp.EXTEND_DECISION': 'Batas waktu putusan diperpanjang satu kali bila perlu keterangan tambahan.',
  'commandHelp.DECIDE_NOT_VIOLATION': 'Rapat pleno memutuskan tidak ada pelanggaran. Penanganan selesai.',
  'commandHelp.DECIDE_VIOLATION': 'Rapat pleno memutuskan pelanggaran: pilih kategorinya untuk tiap terlapor.',
  'commandHelp.CLOSE': 'Penanganan ditutup setelah tindak lanjut dari instansi berwenang.',

  'category.ADMINISTRATIVE': 'Pelanggaran administrasi',
  'category.ADMINISTRATIVE_TSM': 'Pelanggaran administrasi TSM',
  'category.ETHICS': 'Pelanggaran kode etik penyelenggara',
  'category.CRIME': 'Tindak pidana pemilihan',
  'category.OTHER_LAWS': 'Pelanggaran peraturan perundang-undangan lainnya',

  'body.KPU': 'KPU',
  'body.BAWASLU_PROVINSI': 'Bawaslu Provinsi',
  'body.DKPP': 'DKPP',
  'body.GAKKUMDU': 'Sentra Gakkumdu',
  'body.KASN': 'KASN',
  'body.BKN': 'BKN',
  'body.BUPATI_WALIKOTA': 'Bupati/Wali Kota',
  'body.KEMENDAGRI': 'Kementerian Dalam Negeri',
  'body.PROPAM': 'Propam Polri',
  'body.ANKUM': 'Ankum TNI',
  'body.OTHER': 'Instansi lain',

  'followUpStatus.SENT': 'Terkirim, menunggu jawaban',
  'followUpStatus.AWAITING_VERIFICATION': 'Sedang diverifikasi',
  'followUpStatus.AWAITING_PPK': 'Menunggu keputusan PPK',
  'followUpStatus.SANCTIONED': 'Dijatuhi sanksi',
  'followUpStatus.NOT_PROVEN': 'Tidak terbukti',
  'followUpStatus.CANCELLED': 'Dibatalkan',
  'followUpStatus.REJECTED': 'Ditolak',
  'followUpStatus.EMPLOYEE_LEFT': 'Pegawai sudah berhenti',

  'sanction.MORAL_CLOSED': 'Sanksi moral tertutup',
  'sanction.MORAL_OPEN': 'Sanksi moral terbuka',
  'sanction.ALLOWANCE_CUT_25': 'Pemotongan tunjangan kinerja 25%',
  'sanction.DEMOTION_12M': 'Penurunan jabatan setingkat lebih rendah selama 12 bulan',
  'sanction.REMOVAL_TO_STAFF_12M': 'Pembebasan dari jabatan menjadi pelaksana selama 12 bulan',
  'sanction.DISCHARGE_HONOURABLE': 'Pemberhentian dengan hormat tidak atas permintaan sendiri',
  'sanction.DISCHARGE_DISHONOURABLE': 'Pemberhentian tidak dengan hormat',
  'sanction.CONTRACT_TERMINATED': 'Pemutusan hubungan perjanjian kerja',
  'sanction.REPRIMAND_SPOKEN': 'Teguran lisan',
  'sanction.REPRIMAND_WRITTEN': 'Teguran tertulis',
  'sanction.TEMPORARY_SUSPENSION': 'Pemberhentian sementara',
  'sanction.DISMISSAL': 'Pemberhentian',
  'sanction.POLRI_DISCIPLINE': 'Hukuman disiplin anggota Polri',
  'sanction.POLRI_ETHICS': 'Sanksi kode etik profesi Polri',
  'sanction.POLRI_DISCHARGE': 'Pemberhentian tidak dengan hormat anggota Polri',
  'sanction.TNI_DISCIPLINE': 'Hukuman disiplin militer',
  'sanction.DKPP_WARNING': 'Peringatan DKPP',
  'sanction.DKPP_DISMISSAL': 'Pemberhentian tetap oleh DKPP',
  'sanction.OTHER': 'Sanksi lain',

  'gakkumduStage.FIRST_DISCUSSION': 'Pembahasan pertama',
  'gakkumduStage.SECOND_DISCUSSION': 'Pembahasan kedua',
  'gakkumduStage.INVESTIGATION': 'Penyidikan',
  'gakkumduStage.THIRD_DISCUSSION': 'Pembahasan ketiga',
  'gakkumduStage.PROSECUTION': 'Penuntutan',
  'gakkumduStage.DISTRICT_COURT': 'Pengadilan negeri',
  'gakkumduStage.APPEAL': 'Banding',
  'gakkumduStage.HIGH_COURT': 'Pengadilan tinggi',
  'gakkumduStage.FINAL': 'Berkekuatan hukum tetap',
  'gakkumduStage.STOPPED': 'Dihentikan',

  'gakkumduConclusion.CONTINUE': 'Lanjut ke pembahasan berikutnya',
  'gakkumduConclusion.FORWARD_TO_INVESTIGATION': 'Diteruskan ke penyidikan',
  'gakkumduConclusion.FORWARD_TO_PROSECUTION': 'Diteruskan ke penuntutan',
  'gakkumduConclusion.STOP': 'Dihentikan',

  'article.PASAL_71_188': 'Pasal 71 jo. Pasal 188 UU Pilkada',
  'article.PASAL_70_189': 'Pasal 70 jo. Pasal 189 UU Pilkada',
  'article.OTHER': 'Pasal lain',

  'deadlineCode.REPORT_WINDOW': 'Batas waktu melapor',
  'deadlineCode.COMPLETION': 'Batas kelengkapan laporan',
  'deadlineCode.DECISION': 'Batas waktu putusan',
  'deadlineCode.DECISION_EXTENSION': 'Perpanjangan batas putusan',
  'deadlineCode.FORWARDING_REPLY': 'Jawaban instansi diharapkan',
  'deadlineCode.INVESTIGATION': 'Penyidikan',
  'deadlineCode.FILE_RETURN': 'Pengembalian berkas',
  'deadlineCode.FILE_COMPLETION': 'Kelengkapan berkas',
  'deadlineCode.TO_COURT': 'Pelimpahan ke pengadilan',
  'deadlineCode.DISTRICT_VERDICT': 'Putusan pengadilan negeri',
  'deadlineCode.APPEAL': 'Permohonan banding',
  'deadlineCode.TO_HIGH_COURT': 'Berkas ke pengadilan tinggi',
  'deadlineCode.HIGH_COURT_VERDICT': 'Putusan pengadilan tinggi',

  'deadlineState.OK': 'Masih ada waktu',
  'deadlineState.DUE_SOON': 'Segera berakhir',
  'deadlineState.OVERDUE': 'Terlewat',

  'notRegisteredReason.FORMAL_NOT_MET': 'Syarat formal tidak terpenuhi',
  'notRegisteredReason.MATERIAL_NOT_MET': 'Syarat materiel tidak terpenuhi',
  'notRegisteredReason.PAST_WINDOW': 'Melewati batas waktu melapor',
  'notRegisteredReason.NOT_COMPLETED_IN_TIME': 'Tidak dilengkapi dalam batas waktu',
  'notRegisteredReason.NOT_AN_ELECTION_VIOLATION': 'Bukan pelanggaran pemilihan',
  'notRegisteredReason.ALREADY_HANDLED': 'Sudah atau sedang ditangani',
  'notRegisteredReason.OTHER': 'Alasan lain',

  'documentKind.RECEIPT': 'Tanda terima laporan',
  'documentKind.CLARIFICATION_INVITATION': 'Undangan klarifikasi',
  'documentKind.STATUS_NOTICE': 'Pemberitahuan status laporan',
  'documentKind.FORWARDING_LETTER': 'Surat penerusan',

  'regime.PILKADA': 'Pemilihan kepala daerah (Pilkada)',
  'regime.PEMILU': 'Pemilihan umum (Pemilu)',

  'precondition.REQUIREMENTS_NOT_MET': 'Syarat formal dan materiel belum terpenuhi.',
  'precondition.OVERRIDE_NOT_ALLOWED': 'Peran Anda tidak boleh mengesampingkan syarat.',
  'precondition.OVERRIDE_REASON_REQUIRED': 'Pengesampingan syarat memerlukan alasan.',
  'precondition.REASON_REQUIRED': 'Pilih alasan dan isi keterangan paling tidak 5 karakter.',
  'precondition.NOTE_REQUIRED': 'Keterangan wajib diisi.',
  'precondition.NOT_A_REPORT': 'Temuan tidak dapat dicabut.',
  'precondition.ALREADY_EXTENDED': 'Batas waktu putusan sudah pernah diperpanjang.',
  'precondition.CATEGORY_REQUIRED': 'Pilih paling tidak satu kategori pelanggaran.',
  'precondition.UNKNOWN_CATEGORY': 'Kategori tidak dikenal.',
  'precondition.INVALID_PARTY_POSITION': 'Terlapor tidak dikenal.',
  'precondition.DUPLICATE_CATEGORY': 'Kategori yang sama tercatat dua kali untuk satu terlapor.',
  'precondition.NO_CATEGORIES': 'Belum ada kategori pelanggaran yang diputuskan.',
  'precondition.NO_FORWARDING': 'Belum ada penerusan.',
  'precondition.FOLLOW_UP_PENDING': 'Masih ada penerusan tanpa tindak lanjut akhir.',
  'precondition.TARGET_REQUIRED': 'Tujuan wajib diisi.',

  'sanctionProblem.NOT_FOR_SUBJECT': 'Sanksi ini tidak berlaku untuk jenis terlapor ini.',
  'sanctionProblem.MONTHS_REQUIRED': 'Pilih lama pemotongan: 6, 9, atau 12 bulan.',
  'sanctionProblem.MONTHS_NOT_ALLOWED': 'Lama dalam bulan hanya untuk pemotongan tunjangan.',
  'sanctionProblem.SANCTION_REQUIRED': 'Status “dijatuhi sanksi” memerlukan paling tidak satu sanksi.',
  'sanctionProblem.SANCTIONS_NOT_ALLOWED': 'Sanksi hanya dicatat untuk status “dijatuhi sanksi”.',
  'sanctionProblem.DUPLICATE_SANCTION': 'Sanksi yang sama tercatat dua kali.',
} satisfies Record<CaseEnumKeys, string> & Record<string, string>;
