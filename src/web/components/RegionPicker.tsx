import { useEffect, useId, useRef, useState } from 'react';
import type { RegionSummary } from '../../shared/api/regions';
import type { MessageKey } from '../../shared/i18n';
import { REGION_LEVELS, type RegionLevel } from '../../shared/roles';
import { useI18n } from '../i18n';
import { ErrorAlert } from './ErrorAlert';
import { loadChildren, loadRegion, searchRegions } from './regionsData';

interface RegionPickerProps {
  /** Legend of the group. */
  label: string;
  /** The level to pick: selects are shown from province down to this level. */
  level: RegionLevel;
  /**
   * The highest level that is enough (default `level`): the deepest region chosen at or below it is
   * reported, so the officer may stop at the regency when the village is not known.
   */
  minLevel?: RegionLevel;
  /** Called with the region once one at `level` (or `minLevel`) is chosen, and with null when the choice is incomplete. */
  onChange: (region: RegionSummary | null) => void;
  error?: string | undefined;
  required?: boolean;
}

const SELECT_LABEL: Record<RegionLevel, MessageKey> = {
  province: 'region.province',
  regency: 'region.regency',
  district: 'region.district',
  village: 'region.village',
};

/**
 * Cascading selects province → regency → district → village (children loaded via `?parent=`),
 * plus a search box (`?q=`) whose results fill the whole chain. To reset it, change its `key`.
 */
export function RegionPicker({ label, level, minLevel, onChange, error, required }: RegionPickerProps) {
  const { t } = useI18n();
  const uid = useId();
  const levels = REGION_LEVELS.slice(0, REGION_LEVELS.indexOf(level) + 1);
  /** How many levels must be chosen before a region is reported. */
  const minDepth = Math.min(levels.length, minLevel ? REGION_LEVELS.indexOf(minLevel) + 1 : levels.length);
  /** Chosen region per level index (only a prefix is set). */
  const [chain, setChain] = useState<RegionSummary[]>([]);
  /** Options per level index; undefined while not loaded. */
  const [options, setOptions] = useState<(RegionSummary[] | undefined)[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<RegionSummary[] | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  const setOptionsAt = (index: number, items: RegionSummary[] | undefined) =>
    setOptions((prev) => {
      const next = prev.slice(0, index);
      next[index] = items;
      return next;
    });

  useEffect(() => {
    loadChildren(null).then((items) => setOptionsAt(0, items), setFailure);
  }, []);

  // Report the choice whenever the chain changes.
  useEffect(() => {
    const last = chain[chain.length - 1];
    onChangeRef.current(last && chain.length >= minDepth ? last : null);
  }, [chain, minDepth]);

  function choose(index: number, code: string) {
    const region = options[index]?.find((r) => r.code === code);
    const nextChain = chain.slice(0, index);
    if (region) nextChain.push(region);
    setChain(nextChain);
    setOptions((prev) => prev.slice(0, index + 1));
    if (region && index + 1 < levels.length) {
      loadChildren(region.code).then((items) => setOptionsAt(index + 1, items), setFailure);
    }
  }

  // Search, debounced.
  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) {
      setResults(null);
      return;
    }
    let live = true;
    const timer = window.setTimeout(() => {
      searchRegions(q, level, REGION_LEVELS).then(
        (items) => live && setResults(items),
        (err: unknown) => live && setFailure(err),
      );
    }, 250);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [query, level]);

  async function pickResult(code: string) {
    try {
      const detail = await loadRegion(code);
      const fullChain: RegionSummary[] = [...detail.ancestors, detail].slice(0, levels.length);
      const lists = await Promise.all(
        fullChain
          .map((_, i) => (i === 0 ? null : (fullChain[i - 1]?.code ?? null)))
          .concat(fullChain.length < levels.length ? [fullChain[fullChain.length - 1]?.code ?? null] : [])
          .map((parent) => loadChildren(parent)),
      );
      setOptions(lists);
      setChain(fullChain);
      setQuery('');
      setResults(null);
      document
        .getElementById(`${uid}-${fullChain.length < levels.length ? fullChain.length : fullChain.length - 1}`)
        ?.focus();
    } catch (err) {
      setFailure(err);
    }
  }

  const errorId = `${uid}-error`;
  const searchId = `${uid}-search`;
  const complete = chain.length >= minDepth && chain.length > 0;
  return (
    <fieldset
      className={error ? 'region-picker field--error' : 'region-picker'}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>
        {label}
        {required ? <span className="field__req"> {t('common.required')}</span> : null}
      </legend>
      <ErrorAlert error={failure} />
      <div className="field">
        <label htmlFor={searchId}>{t('region.search')}</label>
        <p className="field__hint" id={`${searchId}-hint`}>
          {t('region.searchHelp')}
        </p>
        <input
          id={searchId}
          type="search"
          autoComplete="off"
          value={query}
          aria-describedby={`${searchId}-hint`}
          aria-controls={`${searchId}-results`}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setQuery('');
          }}
        />
        <div id={`${searchId}-results`}>
          <p className="visually-hidden" role="status">
            {results ? (results.length ? t('region.results', { count: results.length }) : t('region.noResults')) : ''}
          </p>
          {results && results.length === 0 ? <p className="muted">{t('region.noResults')}</p> : null}
          {results && results.length > 0 ? (
            <ul className="results">
              {results.map((r) => (
                <li key={r.code}>
                  <button type="button" className="result" onClick={() => void pickResult(r.code)}>
                    <span className="result__name">{r.name}</span>
                    <span className="muted">
                      {t(`level.${r.level}`)} · {r.code}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
      <div className="region-picker__selects">
        {levels.map((lv, i) => {
          const id = `${uid}-${i}`;
          const list = options[i];
          const isTarget = i === levels.length - 1;
          return (
            <div className="field" key={lv}>
              <label htmlFor={id}>{t(SELECT_LABEL[lv])}</label>
              <select
                id={id}
                value={chain[i]?.code ?? ''}
                disabled={!list}
                aria-invalid={isTarget && error ? true : undefined}
                aria-describedby={isTarget && error ? errorId : undefined}
                onChange={(e) => choose(i, e.target.value)}
              >
                <option value="">
                  {list ? t('region.choose') : i === 0 || chain[i - 1] ? t('common.loading') : '—'}
                </option>
                {list?.map((r) => (
                  <option key={r.code} value={r.code}>
                    {r.name}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
      {complete ? (
        <p className="muted" data-testid="region-selected">
          {t('region.selected', {
            name: `${chain[chain.length - 1]?.name ?? ''} (${chain[chain.length - 1]?.code ?? ''})`,
          })}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
