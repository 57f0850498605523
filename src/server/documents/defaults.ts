import type { DocumentKind } from '../../shared/cases';

/**
 * The built-in templates (version 0) of the official documents, in Bahasa Indonesia in the manner
 * of Bawaslu's letters. An admin may replace them (document_templates, version 1, 2, ...); these
 * stay the fallback. `{{name}}` marks a value filled in from the case (see PLACEHOLDERS); the
 * letterhead, number, date, register number and signature block are drawn by render.ts around it.
 */
export interface TemplateText {
  title: string;
  body: string;
}

/** Placeholders every kind may use. */
export const COMMON_PLACEHOLDERS = [
  'nomor_dokumen',
  'tanggal_dokumen',
  'nama_kantor',
  'nomor_register',
  'tanggal_diterima',
  'status',
  'keterangan_status',
  'terlapor',
  'dugaan_pelanggaran',
] as const;

/** Placeholders of one kind only. */
export const KIND_PLACEHOLDERS: Readonly<Record<DocumentKind, readonly string[]>> = {
  RECEIPT: [],
  CLARIFICATION_INVITATION: ['yang_diundang', 'waktu_klarifikasi', 'tempat_klarifikasi'],
  STATUS_NOTICE: [],
  FORWARDING_LETTER: [
    'instansi_tujuan',
    'nama_terlapor',
    'kategori_pelanggaran',
    'nomor_surat',
    'tanggal_surat',
    'batas_tanggapan',
  ],
};

const lines = (...parts: string[]): string => parts.join('\n');

export const DEFAULT_TEMPLATES: Readonly<Record<DocumentKind, TemplateText>> = {
  RECEIPT: {
    title: 'Tanda Terima dan Bukti Registrasi Laporan',
    body: lines(
      '{{nama_kantor}} telah menerima laporan dugaan pelanggaran pemilihan pada {{tanggal_diterima}}, dengan ' +
        'keterangan sebagai berikut:',
      '',
      'Nomor register: {{nomor_register}}',
      'Status laporan: {{status}}',
      '',
      'Terlapor:',
      '{{terlapor}}',
      '',
      'Dugaan pelanggaran: {{dugaan_pelanggaran}}',
      '',
      '{{keterangan_status}} Perkembangan penanganan laporan dapat diikuti dengan kode pelacakan yang diberikan ' +
        'saat laporan disampaikan.',
      '',
      'Tanda terima ini diterbitkan sebagai bukti penerimaan dan registrasi laporan.',
    ),
  },
  CLARIFICATION_INVITATION: {
    title: 'Undangan Klarifikasi',
    body: lines(
      'Kepada Yth.',
      '{{yang_diundang}}',
      'di tempat',
      '',
      'Dalam rangka penanganan dugaan pelanggaran pemilihan dengan nomor register {{nomor_register}} atas nama ' +
        'terlapor:',
      '{{terlapor}}',
      '',
      'atas dugaan {{dugaan_pelanggaran}}, {{nama_kantor}} mengundang Saudara untuk hadir memberikan keterangan ' +
        '(klarifikasi) pada:',
      '',
      'Hari, tanggal, dan waktu: {{waktu_klarifikasi}}',
      'Tempat: {{tempat_klarifikasi}}',
      '',
      'Saudara diminta membawa kartu tanda penduduk (KTP) serta dokumen atau bukti lain yang berkaitan. ' +
        'Kehadiran Saudara sangat diperlukan bagi kelancaran penanganan pelanggaran.',
      '',
      'Demikian undangan ini disampaikan. Atas perhatian dan kehadiran Saudara diucapkan terima kasih.',
    ),
  },
  STATUS_NOTICE: {
    title: 'Pemberitahuan Status Laporan',
    body: lines(
      'Bersama ini {{nama_kantor}} memberitahukan perkembangan penanganan laporan yang diterima pada ' +
        '{{tanggal_diterima}} dengan nomor register {{nomor_register}}.',
      '',
      'Status per {{tanggal_dokumen}}: {{status}}',
      '',
      '{{keterangan_status}}',
      '',
      'Terlapor:',
      '{{terlapor}}',
      '',
      'Demikian pemberitahuan ini disampaikan untuk diketahui.',
    ),
  },
  FORWARDING_LETTER: {
    title: 'Penerusan Pelanggaran / Rekomendasi',
    body: lines(
      'Kepada Yth.',
      '{{instansi_tujuan}}',
      'di tempat',
      '',
      'Berdasarkan hasil kajian dan rapat pleno {{nama_kantor}} atas penanganan pelanggaran dengan nomor register ' +
        '{{nomor_register}}, perbuatan terlapor berikut dinyatakan sebagai pelanggaran:',
      '',
      'Nama terlapor: {{nama_terlapor}}',
      'Kategori pelanggaran: {{kategori_pelanggaran}}',
      'Perbuatan: {{dugaan_pelanggaran}}',
      '',
      'Sesuai dengan ketentuan peraturan perundang-undangan, pelanggaran tersebut diteruskan dengan surat nomor ' +
        '{{nomor_surat}} tanggal {{tanggal_surat}} kepada Saudara untuk ditindaklanjuti sesuai dengan kewenangan ' +
        'Saudara.',
      '',
      'Kami mohon hasil tindak lanjut disampaikan kepada {{nama_kantor}} paling lambat tanggal {{batas_tanggapan}}.',
      '',
      'Demikian penerusan ini disampaikan. Atas perhatian dan kerja sama Saudara diucapkan terima kasih.',
    ),
  },
};
