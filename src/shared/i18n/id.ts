import type { CaseStatus } from '../cases';
import type { Action } from '../abilities';
import type { ErrorCode } from '../errors';
import type {
  Channel,
  IntakeKind,
  IntakeStatus,
  ReporterType,
  RequirementCode,
  RequirementWarning,
  SubjectType,
  ViolationType,
} from '../intake';
import type { RegionLevel, Role } from '../roles';
import { intakeId } from './intake-id';
import { reportsId } from './reports-id';
import { caseTermsId } from './case-terms-id';
import { casesId } from './cases-id';
import { templatesId } from './templates-id';

/** Keys every catalogue must have because they label values of shared enums. */
export type EnumKeys =
  | `role.${Role}`
  | `error.${ErrorCode}`
  | `level.${RegionLevel}`
  | `ability.${Action}`
  | `zone.${'WIB' | 'WITA' | 'WIT'}`
  | `subject.${SubjectType}`
  | `violation.${ViolationType}`
  | `violationHelp.${ViolationType}`
  | `reporterType.${ReporterType}`
  | `channel.${Channel}`
  | `intakeKind.${IntakeKind}`
  | `intakeStatus.${IntakeStatus}`
  | `publicStatus.${CaseStatus}`
  | `requirement.${RequirementCode}`
  | `requirementWarning.${RequirementWarning}`;

/**
 * Bahasa Indonesia: the default language and the source of the message keys. `{name}` marks a
 * parameter filled in by `t(key, { name })`.
 */
export const id = {
  'app.name': 'Netra',
  'app.tagline': 'Pengawasan netralitas ASN, TNI, Polri, dan perangkat desa',
  'skip.toMain': 'Langsung ke isi',
  'lang.label': 'Bahasa',
  'lang.id': 'Bahasa Indonesia',
  'lang.en': 'English',
  'nav.label': 'Navigasi utama',
  'nav.home': 'Beranda',
  'nav.users': 'Pengguna',
  'nav.signIn': 'Masuk petugas',
  'nav.signOut': 'Keluar',
  'common.loading': 'Memuat…',
  'common.cancel': 'Batal',
  'common.copy': 'Salin',
  'common.copied': 'Tersalin',
  'common.retry': 'Coba lagi',
  'common.continue': 'Lanjut',
  'common.yes': 'Ya',
  'common.no': 'Tidak',
  'common.previous': 'Sebelumnya',
  'common.next': 'Berikutnya',
  'common.required': '(wajib)',
  'common.optional': '(opsional)',
  'common.formErrors': 'Periksa isian yang ditandai.',

  'home.title': 'Netra — menjaga netralitas dalam pemilihan',
  'home.intro':
    'Netra adalah sistem terbuka bagi pengawas pemilu di Indonesia untuk menjaga netralitas aparatur sipil negara (PNS dan PPPK), TNI, Polri, kepala desa, dan perangkat desa, terutama dalam Pilkada Serentak.',
  'home.loop':
    'Netra mendukung pengawas dari pencegahan, penerimaan laporan dan temuan, penanganan pelanggaran sesuai tenggat hukum, hingga penerusan kepada instansi berwenang dan tindak lanjutnya.',
  'home.officers': 'Untuk pengawas dan petugas',
  'home.officersText':
    'Petugas Bawaslu, Panwaslu, PKD, Sentra Gakkumdu, dan instansi penerima masuk dengan akun mereka.',

  'login.title': 'Masuk petugas',
  'login.username': 'Nama pengguna',
  'login.password': 'Kata sandi',
  'login.submit': 'Masuk',
  'login.working': 'Memproses…',
  'totp.title': 'Verifikasi dua langkah',
  'totp.help': 'Masukkan kode 6 digit dari aplikasi autentikator Anda.',
  'totp.code': 'Kode autentikator',
  'totp.recoveryCode': 'Kode pemulihan',
  'totp.recoveryHelp': 'Setiap kode pemulihan hanya dapat dipakai sekali.',
  'totp.useRecovery': 'Pakai kode pemulihan',
  'totp.useApp': 'Pakai kode dari aplikasi',
  'totp.submit': 'Verifikasi',
  'enroll.title': 'Aktifkan verifikasi dua langkah',
  'enroll.help':
    'Pindai kode QR ini dengan aplikasi autentikator (mis. Aegis, Google Authenticator), lalu masukkan kode 6 digit yang muncul.',
  'enroll.qrAlt': 'Kode QR untuk aplikasi autentikator',
  'enroll.secret': 'Atau masukkan kunci ini secara manual:',
  'enroll.confirm': 'Aktifkan',
  'recovery.title': 'Simpan kode pemulihan Anda',
  'recovery.help':
    'Kode-kode ini hanya ditampilkan sekali. Simpan di tempat aman; masing-masing dapat dipakai sekali bila Anda kehilangan aplikasi autentikator.',
  'recovery.saved': 'Saya sudah menyimpannya',
  'password.title': 'Ganti kata sandi',
  'password.help': 'Buat kata sandi baru minimal 12 karakter sebelum melanjutkan.',
  'password.current': 'Kata sandi saat ini',
  'password.new': 'Kata sandi baru',
  'password.repeat': 'Ulangi kata sandi baru',
  'password.mismatch': 'Kedua kata sandi tidak sama.',
  'password.submit': 'Simpan kata sandi',

  'officer.title': 'Beranda petugas',
  'officer.greeting': 'Selamat datang, {name}',
  'officer.who': 'Akun Anda',
  'officer.name': 'Nama',
  'officer.username': 'Nama pengguna',
  'officer.role': 'Jabatan',
  'officer.scope': 'Wilayah tugas',
  'officer.national': 'Nasional',
  'officer.scopeLine': '{name} ({level}, {zone})',
  'officer.totp': 'Verifikasi dua langkah',
  'officer.totpOn': 'Aktif',
  'officer.totpOff': 'Belum aktif',
  'officer.abilities': 'Yang dapat Anda lakukan',
  'officer.noAbilities': 'Belum ada fitur yang dapat Anda gunakan.',

  'users.title': 'Pengguna',
  'users.filter': 'Cari pengguna',
  'users.filterHelp': 'Nama pengguna atau nama lengkap',
  'users.includeDisabled': 'Tampilkan yang dinonaktifkan',
  'users.count': '{count} pengguna',
  'users.empty': 'Tidak ada pengguna yang cocok.',
  'users.colUsername': 'Nama pengguna',
  'users.colName': 'Nama',
  'users.colRole': 'Jabatan',
  'users.colScope': 'Wilayah',
  'users.colTotp': 'TOTP',
  'users.colStatus': 'Status',
  'users.colCreated': 'Dibuat',
  'users.colActions': 'Tindakan',
  'users.statusActive': 'Aktif',
  'users.statusDisabled': 'Nonaktif',
  'users.disable': 'Nonaktifkan',
  'users.disableLabel': 'Nonaktifkan {username}',
  'users.disableConfirmTitle': 'Nonaktifkan pengguna?',
  'users.disableConfirmText': '{name} ({username}) tidak akan dapat masuk lagi dan semua sesinya diakhiri.',
  'users.disabled': 'Pengguna {username} dinonaktifkan.',
  'users.enable': 'Aktifkan kembali',
  'users.enableLabel': 'Aktifkan kembali {username}',
  'users.enableConfirmTitle': 'Aktifkan kembali pengguna?',
  'users.enableConfirmText':
    '{name} ({username}) dapat masuk lagi dengan kata sandi dan aplikasi autentikator yang dimilikinya.',
  'users.enabled': 'Pengguna {username} diaktifkan kembali.',
  'users.reset': 'Atur ulang akses',
  'users.resetLabel': 'Atur ulang akses {username}',
  'users.resetConfirmTitle': 'Atur ulang akses pengguna?',
  'users.resetConfirmText':
    'Untuk kata sandi atau aplikasi autentikator yang hilang: {name} ({username}) mendapat kata sandi sekali pakai yang baru, verifikasi dua langkahnya dihapus, dan semua sesinya diakhiri.',
  'users.resetDone': 'Akses {username} diatur ulang.',
  'users.resetOtpHelp':
    'Berikan kata sandi ini kepada petugas melalui saluran aman. Kata sandi ini hanya ditampilkan sekali; saat masuk berikutnya petugas harus menggantinya dan mengaktifkan lagi verifikasi dua langkah.',
  'users.create': 'Tambah pengguna',
  'users.email': 'Surel',
  'users.displayName': 'Nama lengkap',
  'users.role': 'Jabatan',
  'users.chooseRole': 'Pilih jabatan',
  'users.scopeLevel': 'Tingkat wilayah',
  'users.scope': 'Wilayah tugas',
  'users.scopeNational': 'Nasional (tanpa wilayah)',
  'users.body': 'Instansi',
  'users.chooseBody': 'Pilih instansi penerima',
  'users.submitCreate': 'Buat akun',
  'users.created': 'Akun {username} dibuat.',
  'users.otpTitle': 'Kata sandi sekali pakai',
  'users.otpHelp':
    'Berikan kata sandi ini kepada petugas melalui saluran aman. Kata sandi ini hanya ditampilkan sekali dan harus diganti saat pertama masuk.',
  'users.otpDone': 'Selesai',
  'users.tableLabel': 'Daftar pengguna',

  'region.province': 'Provinsi',
  'region.regency': 'Kabupaten/Kota',
  'region.district': 'Kecamatan',
  'region.village': 'Kelurahan/Desa',
  'region.choose': '— Pilih —',
  'region.search': 'Cari wilayah',
  'region.searchHelp': 'Ketik sedikitnya 2 huruf nama wilayah; pilih hasil untuk mengisi semua tingkat.',
  'region.results': '{count} hasil',
  'region.noResults': 'Wilayah tidak ditemukan.',
  'region.selected': 'Terpilih: {name}',
  'region.chooseLevel': 'Pilih {level}.',

  'field.required': 'Wajib diisi.',
  'field.tooShort': 'Minimal {min} karakter.',
  'field.tooLong': 'Maksimal {max} karakter.',
  'field.invalid': 'Isian tidak valid.',
  'field.email': 'Alamat surel tidak valid.',
  'field.username': '3–64 huruf kecil, angka, titik, garis bawah, atau tanda hubung.',
  'field.totp': 'Kode terdiri dari 6 digit.',
  'field.recoveryCode': 'Kode pemulihan tidak valid.',
  'field.region': 'Pilih wilayah tugas.',

  'notFound.title': 'Halaman tidak ditemukan',
  'notFound.back': 'Kembali ke beranda',
  'footer.text': 'Netra — perangkat lunak terbuka (AGPL-3.0) untuk pengawasan pemilu.',

  'role.PKD': 'Pengawas Kelurahan/Desa (PKD)',
  'role.PANWASLU_KECAMATAN': 'Panwaslu Kecamatan',
  'role.BAWASLU_KABKOTA': 'Bawaslu Kabupaten/Kota',
  'role.BAWASLU_PROVINSI': 'Bawaslu Provinsi',
  'role.BAWASLU_RI': 'Bawaslu Republik Indonesia',
  'role.GAKKUMDU_PENYIDIK': 'Penyidik Sentra Gakkumdu',
  'role.GAKKUMDU_JAKSA': 'Jaksa Sentra Gakkumdu',
  'role.INSTANSI_PENERIMA': 'Instansi penerima',
  'role.ADMIN': 'Administrator',

  'level.province': 'Provinsi',
  'level.regency': 'Kabupaten/Kota',
  'level.district': 'Kecamatan',
  'level.village': 'Kelurahan/Desa',

  'zone.WIB': 'WIB',
  'zone.WITA': 'WITA',
  'zone.WIT': 'WIT',

  'ability.users.read': 'Melihat daftar pengguna',
  'ability.users.manage': 'Membuat, menonaktifkan, dan memulihkan akses pengguna',
  'ability.audit.read': 'Membaca jejak audit',
  'ability.elections.manage': 'Mengelola data pemilihan dan tahapannya',
  'ability.holidays.manage': 'Mengelola hari libur untuk perhitungan tenggat',
  'ability.reports.read': 'Melihat laporan, informasi awal, dan temuan di wilayahnya',
  'ability.reports.intake': 'Mencatat laporan datang langsung dan temuan',
  'ability.reports.reveal': 'Membuka identitas pelapor (tercatat di audit)',
  'ability.reports.route': 'Mengalihkan laporan ke kantor lain',
  'ability.cases.read': 'Melihat penanganan pelanggaran di wilayahnya',
  'ability.cases.handle': 'Menangani pelanggaran: registrasi, klarifikasi, kajian, pleno, penerusan',
  'ability.cases.override': 'Meregistrasi atau menutup dengan pengecualian beralasan',
  'ability.cases.followup': 'Mencatat tindak lanjut dan sanksi dari instansi berwenang',
  'ability.gakkumdu.work': 'Bekerja di Sentra Gakkumdu pada perkara yang dibagikan',
  'ability.templates.manage': 'Mengubah templat dokumen resmi',
  'ability.index.manage': 'Mengimpor nilai indikator indeks kerawanan',

  'error.VALIDATION_FAILED': 'Ada isian yang tidak valid.',
  'error.BAD_REQUEST': 'Permintaan tidak dapat diproses.',
  'error.UNKNOWN_REGION': 'Wilayah tidak dikenal.',
  'error.AUTH_REQUIRED': 'Silakan masuk terlebih dahulu.',
  'error.INVALID_CREDENTIALS': 'Nama pengguna atau kata sandi salah.',
  'error.INVALID_TOTP': 'Kode verifikasi salah atau kedaluwarsa.',
  'error.MFA_REQUIRED': 'Selesaikan verifikasi dua langkah terlebih dahulu.',
  'error.PASSWORD_CHANGE_REQUIRED': 'Ganti kata sandi Anda terlebih dahulu.',
  'error.FORBIDDEN': 'Anda tidak berwenang melakukan ini.',
  'error.OUT_OF_SCOPE': 'Di luar wilayah tugas Anda.',
  'error.ORIGIN_MISMATCH': 'Permintaan lintas situs ditolak. Muat ulang halaman.',
  'error.ACCOUNT_DISABLED': 'Akun ini telah dinonaktifkan.',
  'error.NOT_FOUND': 'Data tidak ditemukan.',
  'error.CONFLICT': 'Data bentrok dengan yang sudah ada (mis. nama pengguna sudah dipakai).',
  'error.INVALID_TRANSITION': 'Langkah ini tidak dapat dilakukan pada status sekarang.',
  'error.PRECONDITION_FAILED': 'Syarat langkah ini belum terpenuhi.',
  'error.PAYLOAD_TOO_LARGE': 'Data yang dikirim terlalu besar.',
  'error.UNSUPPORTED_MEDIA_TYPE': 'Jenis data tidak didukung.',
  'error.RATE_LIMITED': 'Terlalu banyak percobaan. Tunggu sebentar lalu coba lagi.',
  'error.INTERNAL': 'Terjadi kesalahan pada server. Coba lagi nanti.',
  'error.UNAVAILABLE': 'Layanan sedang tidak tersedia. Periksa koneksi Anda lalu coba lagi.',
  ...intakeId,
  ...reportsId,
  ...caseTermsId,
  ...casesId,
  ...templatesId,
} satisfies Record<EnumKeys, string> & Record<string, string>;

export type MessageKey = keyof typeof id;
export type Catalogue = Record<MessageKey, string>;
