import type { CaseStatus, Category, ReceivingBody } from '../../shared/cases';
import { intakeId } from '../../shared/i18n/intake-id';

/**
 * Bahasa Indonesia wording of the case vocabulary for official documents (server-side only: the
 * documents are in Bahasa, whatever the officer's UI language). Subject types and violation types
 * come from the intake catalogue; an unknown code prints as itself rather than failing a letter.
 */
export const STATUS_LABELS: Readonly<Record<CaseStatus, string>> = {
  RECEIVED: 'Diterima',
  INITIAL_REVIEW: 'Pemeriksaan awal',
  NEEDS_COMPLETION: 'Perlu dilengkapi',
  NOT_REGISTERED: 'Tidak diregistrasi',
  REGISTERED: 'Diregistrasi',
  CLARIFICATION: 'Klarifikasi',
  ANALYSIS: 'Kajian',
  PLENARY: 'Rapat pleno',
  NOT_VIOLATION: 'Bukan pelanggaran',
  VIOLATION: 'Pelanggaran',
  FORWARDED: 'Diteruskan',
  FOLLOW_UP_RECEIVED: 'Tindak lanjut diterima',
  CLOSED: 'Selesai',
  WITHDRAWN: 'Dicabut',
  MERGED: 'Digabungkan',
};

/** What each status means, in plain words for the reporter (the status notice). */
export const STATUS_EXPLANATIONS: Readonly<Record<CaseStatus, string>> = {
  RECEIVED: 'Laporan telah diterima dan menunggu pemeriksaan awal oleh pengawas.',
  INITIAL_REVIEW: 'Pengawas sedang memeriksa kelengkapan syarat formal dan syarat materiel laporan.',
  NEEDS_COMPLETION:
    'Laporan belum lengkap. Pelapor diminta melengkapi syarat laporan dalam batas waktu yang ditentukan.',
  NOT_REGISTERED: 'Laporan tidak diregistrasi karena tidak memenuhi syarat formal dan/atau syarat materiel.',
  REGISTERED: 'Laporan telah memenuhi syarat, diberi nomor register, dan ditangani lebih lanjut.',
  CLARIFICATION: 'Pengawas sedang meminta keterangan (klarifikasi) dari pelapor, terlapor, saksi, dan pihak terkait.',
  ANALYSIS: 'Pengawas sedang mengkaji keterangan dan bukti yang telah dikumpulkan.',
  PLENARY: 'Hasil kajian dibahas dan diputuskan dalam rapat pleno pengawas.',
  NOT_VIOLATION: 'Berdasarkan rapat pleno, perbuatan yang dilaporkan dinyatakan bukan pelanggaran.',
  VIOLATION: 'Berdasarkan rapat pleno, perbuatan yang dilaporkan dinyatakan sebagai pelanggaran.',
  FORWARDED: 'Pelanggaran telah diteruskan kepada instansi yang berwenang untuk ditindaklanjuti.',
  FOLLOW_UP_RECEIVED: 'Instansi yang berwenang telah menyampaikan tindak lanjut atas pelanggaran yang diteruskan.',
  CLOSED: 'Penanganan laporan telah selesai.',
  WITHDRAWN: 'Laporan telah dicabut oleh pelapor.',
  MERGED: 'Laporan digabungkan dengan penanganan laporan lain atas peristiwa yang sama.',
};

export const CATEGORY_LABELS: Readonly<Record<Category, string>> = {
  ADMINISTRATIVE: 'Pelanggaran administrasi pemilihan',
  ADMINISTRATIVE_TSM: 'Pelanggaran administrasi pemilihan yang terstruktur, sistematis, dan masif (TSM)',
  ETHICS: 'Pelanggaran kode etik penyelenggara pemilihan',
  CRIME: 'Tindak pidana pemilihan',
  OTHER_LAWS: 'Pelanggaran terhadap peraturan perundang-undangan lainnya',
};

export const BODY_LABELS: Readonly<Record<ReceivingBody, string>> = {
  KPU: 'Komisi Pemilihan Umum (KPU)',
  BAWASLU_PROVINSI: 'Badan Pengawas Pemilihan Umum Provinsi',
  DKPP: 'Dewan Kehormatan Penyelenggara Pemilu (DKPP)',
  GAKKUMDU: 'Sentra Penegakan Hukum Terpadu (Gakkumdu)',
  KASN: 'Komisi Aparatur Sipil Negara (KASN)',
  BKN: 'Badan Kepegawaian Negara (BKN)',
  BUPATI_WALIKOTA: 'Bupati/Wali Kota',
  KEMENDAGRI: 'Kementerian Dalam Negeri',
  PROPAM: 'Divisi Profesi dan Pengamanan (Propam) Kepolisian Negara Republik Indonesia',
  ANKUM: 'Atasan yang Berhak Menghukum (Ankum) Tentara Nasional Indonesia',
  OTHER: 'Instansi lain',
};

const lookup = (table: Readonly<Record<string, string>>, code: string): string => table[code] ?? code;
const intake = intakeId as Readonly<Record<string, string>>;

export const statusLabel = (code: string): string => lookup(STATUS_LABELS, code);
export const statusExplanation = (code: string): string => lookup(STATUS_EXPLANATIONS, code);
export const categoryLabel = (code: string): string => lookup(CATEGORY_LABELS, code);
export const bodyLabel = (code: string): string => lookup(BODY_LABELS, code);
export const subjectLabel = (code: string): string => intake[`subject.${code}`] ?? code;
export const actLabel = (code: string): string => intake[`violation.${code}`] ?? code;
