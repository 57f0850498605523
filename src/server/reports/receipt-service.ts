import { normalizeTrackingCode } from '../../domain/intake/tracking-code';
import type { ReceiptView } from '../../shared/api/reports';
import { formatInZone, translate } from '../../shared/i18n';
import type { TimeZone } from '../../shared/zones';
import type { Actor } from '../audit/audit';
import type { AppDeps } from '../deps';
import { findByCode } from './lookup';
import { presentListItem, officeOf } from './presenter';
import { renderReceiptPdf } from './receipt-pdf';
import * as repo from './repository';

/** What the receipt page and PDF show, from the tracking code (which is not stored: the reporter has it). */
export async function receiptFor(deps: AppDeps, actor: Actor, now: Date, code: string): Promise<ReceiptView> {
  const row = await findByCode(deps, actor, now, code);
  const [parties, evidence] = await Promise.all([
    repo.findParties(deps.db, [row.id]),
    repo.findEvidence(deps.db, row.id),
  ]);
  const item = presentListItem(row, parties);
  return {
    kind: row.kind,
    trackingCode: normalizeTrackingCode(code)!,
    receivedAt: row.received_at.toISOString(),
    timeZone: row.time_zone,
    office: officeOf(row),
    channel: row.channel,
    incidentRegion: item.incidentRegion,
    incidentOn: row.incident_on,
    incidentTime: row.incident_time,
    placeDetail: row.place_detail,
    parties: parties.map((p) => ({ name: p.name, subjectType: p.subject_type, position: p.position_title })),
    acts: row.acts,
    evidence: evidence.map((e) => ({
      filename: e.filename,
      size: Number(e.size),
      mediaType: e.media_type,
      sha256: e.sha256,
    })),
    links: row.links,
    requirements: row.requirements,
  };
}

/** The receipt as a PDF (Bahasa Indonesia), rendered on demand from the code. */
export async function receiptPdfFor(deps: AppDeps, actor: Actor, now: Date, code: string): Promise<Buffer> {
  const r = await receiptFor(deps, actor, now, code);
  const t = (key: Parameters<typeof translate>[1]) => translate('id', key);
  const zone = r.timeZone as TimeZone;
  const notes: string[] = [];
  const window = r.requirements?.window;
  if (window && window.lateByDays > 0) {
    notes.push(
      `Laporan diterima ${window.lateByDays} hari setelah batas waktu (${window.lastDay}); laporan yang terlambat dapat tidak diregistrasi.`,
    );
  }
  for (const w of r.requirements?.warnings ?? []) notes.push(t(`requirementWarning.${w}`));
  if (r.requirements && r.requirements.missing.length) {
    notes.push('Syarat yang belum terpenuhi dapat dilengkapi saat dihubungi petugas.');
  }
  return renderReceiptPdf({
    kind: r.kind === 'TIP' ? 'TIP' : 'REPORT',
    trackingCode: r.trackingCode,
    receiptNumber: null,
    receivedAt: new Date(r.receivedAt),
    receivedAtText: formatInZone(r.receivedAt, zone, 'id'),
    office: { name: r.office.name, regionCode: r.office.code },
    channelLabel: t(`channel.${r.channel}`),
    incident: {
      dateText: r.incidentOn ? `${r.incidentOn}${r.incidentTime ? ` ${r.incidentTime}` : ''}` : null,
      placeText: [r.placeDetail, r.incidentRegion?.name, r.incidentRegion?.code].filter(Boolean).join(', '),
    },
    reportedParties: r.parties.map((p) => ({
      name: p.name,
      subjectLabel: t(`subject.${p.subjectType}`),
      position: p.position,
    })),
    allegedActs: r.acts.map((a) => t(`violation.${a}`)),
    evidence: r.evidence.map((e) => ({
      name: e.filename,
      mediaType: e.mediaType,
      sizeText: `${Math.max(1, Math.round(e.size / 1024))} KB`,
      sha256: e.sha256,
    })),
    links: r.links,
    requirements: r.requirements
      ? [...r.requirements.formal, ...r.requirements.material].map((i) => ({
          label: t(`requirement.${i.code}`),
          met: i.met,
        }))
      : [],
    notes,
    trackingUrl: `${deps.config.publicUrl ?? ''}/lacak`,
  });
}
