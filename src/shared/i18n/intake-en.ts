import type { intakeId } from './intake-id';

/** English labels of the intake vocabulary; the same keys as `intakeId`. */
export const intakeEn: Record<keyof typeof intakeId, string> = {
  'reporterType.VOTER': 'Voter',
  'reporterType.MONITOR': 'Election monitor',
  'reporterType.CANDIDATE_PAIR': 'Candidate pair / contestant',

  'subject.PNS': 'Civil servant (PNS)',
  'subject.PPPK': 'Contract government employee (PPPK)',
  'subject.CAMAT': 'District head (camat)',
  'subject.LURAH': 'Urban village head (lurah)',
  'subject.KEPALA_DESA': 'Village head',
  'subject.PERANGKAT_DESA': 'Village official',
  'subject.TNI': 'Member of the armed forces (TNI)',
  'subject.POLRI': 'Member of the police (Polri)',
  'subject.PEJABAT_DAERAH': 'Regional official (e.g. acting regional head, regional secretary, agency head)',
  'subject.PENYELENGGARA': 'Election organiser (KPU, Bawaslu, PPK, PPS, KPPS)',
  'subject.OTHER': 'Other',

  'violation.MEDSOS': 'Campaigning on social media',
  'violation.KEGIATAN_KEBERPIHAKAN': 'Partisan activities',
  'violation.FOTO_BERSAMA': 'Photos with partisan gestures',
  'violation.HADIR_KAMPANYE': 'Attending a declaration or campaign',
  'violation.PENDEKATAN_PARPOL': 'Approaching a political party',
  'violation.ALAT_PERAGA': 'Putting up or spreading campaign props',
  'violation.TIM_SUKSES': 'Campaign team member',
  'violation.DUKUNGAN_KTP': 'Support letters or collecting ID-card copies',
  'violation.KEPUTUSAN_MENGUNTUNGKAN': 'Decisions or actions favouring a candidate',
  'violation.ANGGOTA_PARPOL': 'Party member or officer',
  'violation.FASILITAS_NEGARA': 'Using state facilities',
  'violation.ATRIBUT_DINAS': 'Campaigning in uniform or with office attributes',
  'violation.POLITIK_UANG': 'Money politics',
  'violation.OTHER': 'Other',

  'violationHelp.MEDSOS':
    "Posting, commenting on, sharing or liking a candidate's campaign; joining a campaign group or account; making a support video.",
  'violationHelp.KEGIATAN_KEBERPIHAKAN':
    'Organising or joining events that favour a candidate or party: declarations of support, meetings, appeals, calls or gifts.',
  'violationHelp.FOTO_BERSAMA':
    "Posing with a candidate or campaign team showing the ballot number with fingers, party attributes, or the candidate's card or symbol.",
  'violationHelp.HADIR_KAMPANYE':
    'Attending, escorting or actively supporting a candidate at a declaration, registration or campaign.',
  'violationHelp.PENDEKATAN_PARPOL':
    'Approaching a political party (or the public, for an independent run) to be nominated.',
  'violationHelp.ALAT_PERAGA': "Putting up, carrying or handing out a candidate's banners, billboards or other props.",
  'violationHelp.TIM_SUKSES': "Serving on a candidate's campaign team, as expert, consultant or campaign implementer.",
  'violationHelp.DUKUNGAN_KTP': 'Giving a support letter or collecting ID-card copies for an independent candidate.',
  'violationHelp.KEPUTUSAN_MENGUNTUNGKAN':
    'Decisions or actions that benefit or harm a candidate, including mobilising subordinates or villagers, or threats.',
  'violationHelp.ANGGOTA_PARPOL': 'Being a member or officer of a political party.',
  'violationHelp.FASILITAS_NEGARA':
    'Using an official car, office, village hall, or state or village funds for a campaign.',
  'violationHelp.ATRIBUT_DINAS': 'Campaigning in uniform or with the attributes of office.',
  'violationHelp.POLITIK_UANG': 'Giving or promising money or goods for votes.',
  'violationHelp.OTHER': 'Another act that fits none of the above; explain it in the description.',

  'channel.WEB': 'Online form',
  'channel.WALK_IN': 'Walk-in',
  'channel.TIP': 'Tip',
  'channel.FINDING': "Supervisor's finding",
  'channel.MEDIA': 'Media monitoring',

  'intakeKind.REPORT': 'Report',
  'intakeKind.TIP': 'Tip',
  'intakeKind.FINDING': 'Finding',

  'intakeStatus.RECEIVED': 'Received',

  'publicStatus.RECEIVED': 'Your report has been received and is waiting for a first check.',
  'publicStatus.INITIAL_REVIEW': 'Your report is being checked against the formal and material requirements.',
  'publicStatus.NEEDS_COMPLETION':
    'Your report needs more information. An officer will contact you; complete it in time.',
  'publicStatus.NOT_REGISTERED': 'Your report could not be registered. The official notice explains why.',
  'publicStatus.REGISTERED': 'Your report has been registered and will be handled.',
  'publicStatus.CLARIFICATION': 'The supervisors are hearing the people involved (clarification).',
  'publicStatus.ANALYSIS': 'The supervisors are analysing your report.',
  'publicStatus.PLENARY': "Your report is before the supervisors' plenary meeting.",
  'publicStatus.NOT_VIOLATION': 'The plenary found no violation. Handling has ended.',
  'publicStatus.VIOLATION': 'The plenary found a violation.',
  'publicStatus.FORWARDED': 'The violation has been forwarded to the body that can impose sanctions.',
  'publicStatus.FOLLOW_UP_RECEIVED': 'The competent body has reported its follow-up.',
  'publicStatus.CLOSED': 'Handling of your report has ended.',
  'publicStatus.WITHDRAWN': 'The report was withdrawn before registration.',
  'publicStatus.MERGED': 'Your report was joined with other reports of the same event; you remain a reporter.',
  'notice.subject': 'News about your report',
  'notice.body':
    'The status of your report changed: {status} Follow it with your tracking code on the Track page. Do not reply to this e-mail.',

  'requirement.REPORTER_IDENTITY': "Reporter's identity",
  'requirement.REPORTED_PARTY_NAME': "Reported party's name",
  'requirement.REPORTED_PARTY_ADDRESS': "Reported party's address",
  'requirement.WITHIN_WINDOW': 'Reported within the time limit',
  'requirement.TIME_AND_PLACE': 'Time and place of the incident',
  'requirement.DESCRIPTION': 'Description of the incident',
  'requirement.EVIDENCE': 'Evidence',

  'requirementWarning.FEW_WITNESSES': 'Name at least two witnesses if you can.',
  'requirementWarning.SIGNATURE_IN_PERSON':
    "The reporter's signature is matched with the ID card at clarification; bring the original ID card when invited.",
};
