// The calculator page: split, audit, notice and calendar, on libcostshare
// (costshare.js, the library compiled to WebAssembly, sets
// window.costshareReady). All arithmetic and date rules are the library's;
// this file reads the forms, parses pasted tables and numbers, and writes
// the results as tables. Swedish by default, English with ?lang=en.
(function () {
  'use strict';

  const TEXT = {
    sv: {
      title: 'Kostnadsfördelning',
      intro: 'Fördela en kostnad efter befolkning, granska en publicerad fördelning, räkna ut uppsägningsdagar och återbetalning, och se årets helgdagar. Allt räknas här i webbläsaren, exakt i hela ören; inget skickas någonstans.',
      otherLanguage: 'English',
      skip: 'Till innehållet',
      sections: 'Avsnitt',
      noscript: 'Sidan behöver JavaScript.',
      loadError: 'Beräkningsmodulen kunde inte läsas in: {0}',
      splitHeading: 'Fördelning',
      splitIntro: 'Klistra in en tabell med namn och befolkning från Excel eller LibreOffice, ange beloppet och välj avrundning.',
      tableLabel: 'Tabell',
      tableHelp: 'En rad per part: namn och befolkning, åtskilda av tabb, semikolon eller komma. En första rad vars befolkning inte är ett tal är en rubrikrad. Rader som börjar med # hoppas över.',
      example: 'Fyll i exemplet (Östergötland 2018)',
      totalLabel: 'Belopp',
      totalHelp: 'I kronor, högst två decimaler, till exempel 763\u00a0945 eller 1\u00a0052\u00a0280,50.',
      unitLabel: 'Avrundningsenhet',
      unitOre: '1 öre',
      unitKrona: '1 kr',
      unitHundred: '100 kr',
      methodLabel: 'Metod',
      methodLargest: 'Största rest (summerar exakt)',
      methodRoundEach: 'Avrunda varje andel för sig (äldre metod, med differens)',
      fixedLabel: 'Fast del (valfri)',
      fixedHelp: 'Del av beloppet som delas lika mellan alla parter; resten fördelas efter befolkning.',
      splitButton: 'Fördela',
      splitCaption: 'Fördelning',
      colName: 'Namn',
      colWeight: 'Vikt',
      colPercent: 'Procent',
      colAmount: 'Belopp',
      totalRow: 'Summa',
      residualEach: 'Differens: {0} (beloppen summerar till {1}, beloppet är {2}).',
      residualUnit: 'Ej fördelat (mindre än en avrundningsenhet): {0}.',
      copy: 'Kopiera för Excel',
      copied: 'Tabellen är kopierad (tabbseparerad).',
      copyFailed: 'Kunde inte kopiera: {0}',
      download: 'Ladda ner CSV',
      csvName: 'fordelning.csv',
      auditHeading: 'Granskning',
      auditIntro: 'Klistra in en publicerad tabell med en beloppskolumn: varje rad jämförs med den exakta befolkningsnyckeln, och sidan visar vilken metod som återskapar beloppen.',
      auditTableLabel: 'Publicerad tabell',
      auditTableHelp: 'Namn, befolkning och beloppen i sista kolumnen, med rubrikrad. En kolumn som heter procent, andel eller % jämförs också. Belopp i tusental anges med tkr.',
      auditTotalLabel: 'Angivet totalbelopp (valfritt)',
      auditTotalHelp: 'Utan totalbelopp används kolumnens summa.',
      auditButton: 'Granska',
      auditCaption: 'Granskning rad för rad',
      auditSummary: 'Sammanfattning',
      colPublished: 'Publicerat',
      colExact: 'Exakt',
      colDeviation: 'Avvikelse',
      colPublishedPercent: 'Publicerad procent',
      colExactPercent: 'Exakt procent',
      statedTotal: 'Angivet totalbelopp',
      columnSum: 'Kolumnens summa',
      noStatedTotal: '{0} (inget angivet: kolumnens summa)',
      methodFound: 'Metod som återskapar kolumnen',
      method_largest_remainder: 'största rest',
      method_round_half_up: 'varje andel avrundad, hälften uppåt',
      method_round_half_even: 'varje andel avrundad, hälften till jämnt',
      method_floor: 'varje andel avrundad nedåt',
      method_none: 'ingen',
      largestDeviation: 'Största avvikelse',
      deviationAt: '{0} vid {1}',
      noDeviation: 'Inga: varje belopp är exakt nyckeln',
      percentSum: 'Summa publicerad procent',
      exactPercentSum: 'Summa exakt procent',
      thousands: 'Beloppen är i tusental (tkr): en avvikelse under en halv enhet ({0}) är avrundning.',
      noticeHeading: 'Uppsägning',
      noticeIntro: 'Senaste dag att säga upp för att avtalet ska ha upphört en önskad dag, när återbetalningen börjar, och återbetalningen av ett belopp fakturerat för året.',
      wantedLabel: 'Önskad sista dag',
      dateHelp: 'ÅÅÅÅ-MM-DD',
      periodLabel: 'Uppsägningstid',
      periodUnitLabel: 'Enhet',
      days: 'dagar',
      weeks: 'veckor',
      months: 'månader',
      years: 'år',
      calendarPeriodsLabel: 'Hela kalenderperioder (räknas från nästa periods början)',
      sundayLabel: 'Söndagsregeln för uppsägningsdagen (lag 1930:173, 2 §)',
      invoicedLabel: 'Fakturerat för året (valfritt)',
      invoicedHelp: 'I kronor; återbetalningen räknas från återbetalningsstarten till årets slut.',
      computeButton: 'Beräkna',
      noticeCaption: 'Uppsägning',
      latestNotice: 'Senaste uppsägningsdag',
      movedBy2: '{0} (flyttad från {1} enligt 2 §)',
      lastDay: 'Sista dag',
      refundStart: 'Återbetalning från',
      invoicedPeriod: 'Fakturerad period',
      refundMonths: 'Återbetalning, hela månader',
      refundDays: 'Återbetalning, dagar',
      noRefundStart: 'ingen (sista dagen är i december 9999)',
      calendarHeading: 'Kalender',
      calendarIntro: 'Årets allmänna helgdagar (lag 1989:253) och dagarna som inte är vardagar enligt lag 1930:173, 2 §, och antalet vardagar per månad.',
      yearLabel: 'År',
      showButton: 'Visa',
      holidaysCaption: 'Helgdagar och aftnar {0}',
      colDate: 'Datum',
      colWeekday: 'Veckodag',
      colHoliday: 'Dag',
      colKind: 'Slag',
      publicHoliday: 'allmän helgdag',
      notBusinessDay: 'inte vardag',
      businessCaption: 'Vardagar {0}',
      colMonth: 'Månad',
      colBusinessDays: 'Vardagar',
      colDays: 'Dagar',
      weekdays: ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'],
      monthNames: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
      library: '{0} ({1})',
      errEmptyTable: 'Tabellen är tom: klistra in minst en rad med namn och befolkning.',
      errFields: 'Rad {0}: {1} fält, minst {2} behövs (namn och befolkning).',
      errName: 'Rad {0}: namnet saknas.',
      errWeight: 'Rad {0}: befolkningen ”{1}” är inte ett heltal.',
      errAmountCell: 'Rad {0}: beloppet ”{1}”: {2}',
      errNoAmountColumn: 'Tabellen har ingen beloppskolumn: minst tre kolumner behövs (namn, befolkning, belopp).',
      errNoRows: 'Tabellen har bara en rubrikrad.',
      errAmountEmpty: 'Ange ett belopp.',
      errAmount: '”{0}” är inte ett belopp i kronor med högst två decimaler (till exempel 763\u00a0945 eller 1\u00a0052\u00a0280,50 kr): {1}',
      errInteger: '”{0}” är inte ett heltal: {1}',
      errYear: 'Ange ett år, till exempel 2024.',
      errTooLarge: '”{0}” är för stort.',
      errLibrary: 'Biblioteket vägrade: {0}',
    },
    en: {
      title: 'Cost sharing',
      intro: 'Split a cost by population, audit a published split, work out notice days and refunds, and see the holidays of a year. Everything is computed here in the browser, exactly to the öre; nothing is sent anywhere.',
      otherLanguage: 'Svenska',
      skip: 'Skip to the content',
      sections: 'Sections',
      noscript: 'This page needs JavaScript.',
      loadError: 'The calculation module could not be loaded: {0}',
      splitHeading: 'Split',
      splitIntro: 'Paste a table of names and populations from Excel or LibreOffice, give the total and choose the rounding.',
      tableLabel: 'Table',
      tableHelp: 'One row per party: name and population, separated by tabs, semicolons or commas. A first row whose population is not a number is a header. Rows starting with # are skipped.',
      example: 'Fill in the example (Östergötland 2018)',
      totalLabel: 'Total',
      totalHelp: 'In kronor, at most two decimals, for example 763\u00a0945 or 1\u00a0052\u00a0280,50.',
      unitLabel: 'Rounding unit',
      unitOre: '1 öre',
      unitKrona: '1 krona',
      unitHundred: '100 kronor',
      methodLabel: 'Method',
      methodLargest: 'Largest remainder (sums exactly)',
      methodRoundEach: 'Round each share (legacy, with its residual)',
      fixedLabel: 'Fixed part (optional)',
      fixedHelp: 'Part of the total shared equally among all parties; the rest is shared by population.',
      splitButton: 'Split',
      splitCaption: 'Split',
      colName: 'Name',
      colWeight: 'Weight',
      colPercent: 'Percent',
      colAmount: 'Amount',
      totalRow: 'Total',
      residualEach: 'Residual: {0} (the amounts add up to {1}, the total is {2}).',
      residualUnit: 'Not split (less than one rounding unit): {0}.',
      copy: 'Copy for Excel',
      copied: 'The table is copied (tab-separated).',
      copyFailed: 'Could not copy: {0}',
      download: 'Download CSV',
      csvName: 'split.csv',
      auditHeading: 'Audit',
      auditIntro: 'Paste a published table with an amount column: each row is compared with the exact population key, and the page shows which method reproduces the amounts.',
      auditTableLabel: 'Published table',
      auditTableHelp: 'Name, population and the amounts in the last column, with a header row. A column named percent, andel or % is compared too. Amounts in thousands are marked tkr.',
      auditTotalLabel: 'Stated total (optional)',
      auditTotalHelp: 'Without a stated total the sum of the column is used.',
      auditButton: 'Audit',
      auditCaption: 'Audit row by row',
      auditSummary: 'Summary',
      colPublished: 'Published',
      colExact: 'Exact',
      colDeviation: 'Deviation',
      colPublishedPercent: 'Published percent',
      colExactPercent: 'Exact percent',
      statedTotal: 'Stated total',
      columnSum: 'Column sum',
      noStatedTotal: '{0} (none stated: the column sum)',
      methodFound: 'Method that reproduces the column',
      method_largest_remainder: 'largest remainder',
      method_round_half_up: 'each share rounded half up',
      method_round_half_even: 'each share rounded half to even',
      method_floor: 'each share rounded down',
      method_none: 'none',
      largestDeviation: 'Largest deviation',
      deviationAt: '{0} at {1}',
      noDeviation: 'None: every amount is the exact key',
      percentSum: 'Sum of the published percentages',
      exactPercentSum: 'Sum of the exact percentages',
      thousands: 'The amounts are in thousands (tkr): a deviation below half a unit ({0}) is rounding.',
      noticeHeading: 'Notice',
      noticeIntro: 'The latest day to give notice so that the agreement has ended by a wanted day, when refunds start, and the refund of an amount invoiced for the year.',
      wantedLabel: 'Wanted last day',
      dateHelp: 'YYYY-MM-DD',
      periodLabel: 'Notice period',
      periodUnitLabel: 'Unit',
      days: 'days',
      weeks: 'weeks',
      months: 'months',
      years: 'years',
      calendarPeriodsLabel: 'Whole calendar periods (counted from the start of the next period)',
      sundayLabel: 'Sunday rule for the notice day (Lag 1930:173, 2 §)',
      invoicedLabel: 'Invoiced for the year (optional)',
      invoicedHelp: 'In kronor; the refund runs from the refund start to the end of the year.',
      computeButton: 'Compute',
      noticeCaption: 'Notice',
      latestNotice: 'Latest notice day',
      movedBy2: '{0} (moved from {1} by 2 §)',
      lastDay: 'Last day',
      refundStart: 'Refund start',
      invoicedPeriod: 'Invoiced period',
      refundMonths: 'Refund by whole months',
      refundDays: 'Refund by days',
      noRefundStart: 'none (the last day is in December 9999)',
      calendarHeading: 'Calendar',
      calendarIntro: 'The public holidays of a year (Lag 1989:253), the days that are not business days by Lag 1930:173, 2 §, and the business days of each month.',
      yearLabel: 'Year',
      showButton: 'Show',
      holidaysCaption: 'Holidays and eves {0}',
      colDate: 'Date',
      colWeekday: 'Weekday',
      colHoliday: 'Day',
      colKind: 'Kind',
      publicHoliday: 'public holiday',
      notBusinessDay: 'not a business day',
      businessCaption: 'Business days {0}',
      colMonth: 'Month',
      colBusinessDays: 'Business days',
      colDays: 'Days',
      weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
      monthNames: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
      library: '{0} ({1})',
      errEmptyTable: 'The table is empty: paste at least one row with a name and a population.',
      errFields: 'Row {0}: {1} field(s), at least {2} needed (name and population).',
      errName: 'Row {0}: the name is missing.',
      errWeight: 'Row {0}: the population "{1}" is not a whole number.',
      errAmountCell: 'Row {0}: the amount "{1}": {2}',
      errNoAmountColumn: 'The table has no amount column: at least three columns are needed (name, population, amount).',
      errNoRows: 'The table has only a header row.',
      errAmountEmpty: 'Give an amount.',
      errAmount: '"{0}" is not an amount in kronor with at most two decimals (for example 763\u00a0945 or 1\u00a0052\u00a0280,50 kr): {1}',
      errInteger: '"{0}" is not a whole number: {1}',
      errYear: 'Give a year, for example 2024.',
      errTooLarge: '"{0}" is too large.',
      errLibrary: 'The library refused: {0}',
    },
  };

  const params = new URLSearchParams(location.search);
  const LANG = params.get('lang') === 'en' ? 'en' : 'sv';
  const TX = TEXT[LANG];
  function t(key, ...args) {
    const s = TX[key];
    if (s === undefined) throw new Error(`no text ${key}`);
    return typeof s === 'string' ? s.replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)])) : s;
  }

  const $ = (id) => document.getElementById(id);
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') e.className = v;
      else e.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat()) e.append(c instanceof Node ? c : String(c));
    return e;
  }

  // --- Static texts -----------------------------------------------------------

  document.documentElement.lang = LANG;
  document.title = t('title');
  for (const node of document.querySelectorAll('[data-t]')) node.textContent = t(node.dataset.t);
  {
    const other = new URLSearchParams(location.search);
    if (LANG === 'en') other.delete('lang');
    else other.set('lang', 'en');
    const q = other.toString();
    const link = $('lang-switch');
    link.href = (q ? `?${q}` : location.pathname.split('/').pop() || './') + location.hash;
    link.lang = LANG === 'en' ? 'sv' : 'en';
  }
  $('calendar-year').value = String(new Date().getFullYear());

  // --- Numbers ------------------------------------------------------------------
  //
  // Amounts are exact: kronor with at most two decimals become öre (BigInt).
  // The library reads and writes them (costshare_amount_parse() and
  // costshare_amount_format()): Swedish and plain notation, a space, no-break
  // space or narrow no-break space between thousands, a decimal comma or
  // point, a trailing "kr", the minus sign U+2212; more decimals than asked
  // for is an error, never a rounding.

  class FieldError extends Error {}
  const READ = { group: 'any', decimalMark: 'any' };

  function parseDecimal(text, decimals, flags) {
    const s = text.trim();
    if (s === '') throw new FieldError(t('errAmountEmpty'));
    try {
      return cs.amountParse(s, { ...READ, decimals, flags });
    } catch (e) {
      if (!(e instanceof cs.CostshareError)) throw e;
      throw new FieldError(t(decimals === 0 ? 'errInteger' : 'errAmount', s, t('library', e.message, e.name)));
    }
  }
  const parseOre = (text) => parseDecimal(text, 2, cs.AmountFlag.KR);
  const parseInteger = (text) => parseDecimal(text, 0, 0);
  const parsePercent = (text) => parseDecimal(text, 2, cs.AmountFlag.PERCENT);

  // An integer in units of 10^-decimals as text: 105228050n, 2 -> "1 052 280,50"
  // (no-break spaces; a decimal point on the English page), or without
  // thousands separators for a spreadsheet.
  function formatScaled(v, decimals, grouped = true) {
    return cs.amountFormat(v, { decimals, group: grouped ? 'nbsp' : 'none', decimalMark: LANG === 'sv' ? 'comma' : 'point' });
  }
  const formatSigned = (v, decimals) => (v > 0n ? '+' : '') + formatScaled(v, decimals);
  const abs = (v) => (v < 0n ? -v : v);
  const INT64_MAX = 2n ** 63n - 1n;

  // --- Tables ---------------------------------------------------------------------

  // One line of a table, split at `sep`; fields may be quoted with ".
  function splitLine(line, sep) {
    const fields = [];
    let i = 0;
    for (;;) {
      let field = '';
      if (line[i] === '"') {
        i++;
        for (;;) {
          const q = line.indexOf('"', i);
          if (q < 0) { field += line.slice(i); i = line.length; break; }
          field += line.slice(i, q);
          i = q + 1;
          if (line[i] === '"') { field += '"'; i++; } else break;
        }
        const next = line.indexOf(sep, i);
        field += next < 0 ? line.slice(i) : line.slice(i, next);
        i = next < 0 ? line.length + 1 : next + 1;
      } else {
        const next = line.indexOf(sep, i);
        field = next < 0 ? line.slice(i) : line.slice(i, next);
        i = next < 0 ? line.length + 1 : next + 1;
      }
      fields.push(field.trim());
      if (i > line.length) return fields;
    }
  }

  // The rows of a pasted table: { number, fields } for each line that is not
  // empty or a comment, the separator found, and the header if the first
  // row's second field is not a number.
  function readTable(text) {
    const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/)
      .map((line, i) => ({ number: i + 1, line }))
      .filter((l) => l.line.trim() !== '' && !l.line.trimStart().startsWith('#'));
    if (lines.length === 0) throw new FieldError(t('errEmptyTable'));
    const sep = lines.some((l) => l.line.includes('\t')) ? '\t' : lines.some((l) => l.line.includes(';')) ? ';' : ',';
    const rows = lines.map((l) => ({ number: l.number, fields: splitLine(l.line, sep) }));
    let header = null;
    if (rows[0].fields.length >= 2) {
      try {
        parseInteger(rows[0].fields[1]);
      } catch (e) {
        header = rows.shift().fields;
      }
    }
    if (rows.length === 0) throw new FieldError(t('errNoRows'));
    return { rows, header };
  }

  function weightsOf(rows) {
    return rows.map((r) => {
      if (r.fields.length < 2) throw new FieldError(t('errFields', r.number, r.fields.length, 2));
      if (r.fields[0] === '') throw new FieldError(t('errName', r.number));
      let w;
      try {
        w = parseInteger(r.fields[1]);
      } catch (e) {
        throw new FieldError(t('errWeight', r.number, r.fields[1]));
      }
      if (w < 0n) throw new FieldError(t('errWeight', r.number, r.fields[1]));
      return { name: r.fields[0], weight: w };
    });
  }

  // --- Errors next to their fields -------------------------------------------------

  function clearErrors(form) {
    for (const e of form.querySelectorAll('.error')) {
      e.hidden = true;
      e.textContent = '';
    }
    for (const i of form.querySelectorAll('[aria-invalid]')) i.removeAttribute('aria-invalid');
  }
  function showError(fieldId, message) {
    const box = $(`${fieldId}-error`);
    box.textContent = message;
    box.hidden = false;
    const field = $(fieldId);
    field.setAttribute('aria-invalid', 'true');
    field.focus();
  }
  // Runs one computation: clears the old result and errors first, so that
  // nothing stale is ever shown; an error goes next to its field.
  function run(form, result, compute) {
    clearErrors(form);
    result.replaceChildren();
    try {
      result.append(...compute());
    } catch (e) {
      result.replaceChildren();
      const first = form.querySelector('input, textarea').id;
      if (e instanceof FieldError) showError(e.field || first, e.message);
      else if (cs && e instanceof cs.CostshareError) showError(e.field || first, libraryText(e));
      else throw e;
    }
  }
  function libraryText(e) {
    return t('errLibrary', t('library', e.message, e.name));
  }
  // A FieldError for the field `field`, from a FieldError or a library error.
  function at(field, f) {
    try {
      return f();
    } catch (e) {
      if (e instanceof FieldError || (cs && e instanceof cs.CostshareError)) {
        if (!e.field) e.field = field;
      }
      throw e;
    }
  }

  function table(caption, head, body, foot) {
    const row = (cells, headerFirst) => el('tr', null, cells.map((c, i) =>
      (headerFirst && i === 0 ? el('th', { scope: 'row' }, c) : el('td', { class: typeof c === 'string' && /^[-+]?[\d\u00a0.,]+$/.test(c) ? 'num' : null }, c))));
    return el('table', null,
      el('caption', null, caption),
      el('thead', null, el('tr', null, head.map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', null, body.map((r) => row(r, true))),
      foot ? el('tfoot', null, row(foot, true)) : []);
  }
  // A two-column table of named results: each value labelled by its row header.
  function facts(caption, id, rows) {
    return el('table', { class: 'facts', id },
      el('caption', null, caption),
      el('tbody', null, rows.map(([key, label, value]) => el('tr', null,
        el('th', { scope: 'row', id: `${id}-${key}-label` }, label),
        el('td', null, el('output', { id: `${id}-${key}`, 'aria-labelledby': `${id}-${key}-label` }, value))))));
  }

  let cs = null;

  // --- Split ------------------------------------------------------------------------

  function splitNow() {
    const rows = at('split-table', () => weightsOf(readTable($('split-table').value).rows));
    const total = at('split-total', () => parseOre($('split-total').value));
    const fixedText = $('split-fixed').value.trim();
    const fixed = fixedText === '' ? 0n : at('split-fixed', () => parseOre(fixedText));
    const unit = BigInt($('split-unit').value);
    const method = $('split-method').value;
    const weights = rows.map((r) => r.weight);
    let result;
    try {
      result = cs.splitEx(total, weights, { method, unit, fixed });
    } catch (e) {
      if (e instanceof cs.CostshareError) {
        const fixedWrong = fixed !== 0n && (abs(fixed) > abs(total) || fixed % unit !== 0n || (fixed < 0n) !== (total < 0n));
        if (e.code === cs.ErrorCode.ERANGE && fixedWrong) e.field = 'split-fixed';
        else if (e.code === cs.ErrorCode.ERANGE && method === 'round_each' && total % unit !== 0n) e.field = 'split-total';
        else e.field = 'split-table';
      }
      throw e;
    }
    const percents = at('split-table', () => cs.splitPercentages(weights, 2));
    const decimals = unit % 100n === 0n ? 0 : 2;
    const shown = (ore) => formatScaled(decimals === 0 ? ore / 100n : ore, decimals);
    const sum = result.shares.reduce((a, b) => a + b, 0n);
    const out = [table(t('splitCaption'),
      [t('colName'), t('colWeight'), t('colPercent'), t('colAmount')],
      rows.map((r, i) => [r.name, formatScaled(r.weight, 0), formatScaled(percents[i], 2), shown(result.shares[i])]),
      [t('totalRow'), formatScaled(weights.reduce((a, b) => a + b, 0n), 0),
        formatScaled(percents.reduce((a, b) => a + b, 0n), 2), shown(sum)])];
    if (result.residual !== 0n) {
      out.push(el('p', { class: 'note', id: 'split-residual' }, method === 'round_each'
        ? t('residualEach', formatSigned(result.residual, 2), formatScaled(sum, 2), formatScaled(total, 2))
        : t('residualUnit', formatScaled(abs(result.residual), 2))));
    }
    // Plain numbers for a spreadsheet: no thousands separators, the page's decimal separator.
    const plain = (ore) => formatScaled(decimals === 0 ? ore / 100n : ore, decimals, false);
    const records = [[t('colName'), t('colWeight'), t('colPercent'), t('colAmount')],
      ...rows.map((r, i) => [r.name, r.weight.toString(), formatScaled(percents[i], 2, false), plain(result.shares[i])]),
      [t('totalRow'), weights.reduce((a, b) => a + b, 0n).toString(), formatScaled(10000n, 2, false), plain(sum)]];
    const status = el('p', { class: 'status', role: 'status', id: 'split-copy-status' });
    const copy = el('button', { type: 'button', id: 'split-copy' }, t('copy'));
    copy.addEventListener('click', () => copyText(records.map((r) => r.map((f) => f.replace(/[\t\n]/g, ' ')).join('\t')).join('\r\n') + '\r\n', status));
    const download = el('button', { type: 'button', id: 'split-download' }, t('download'));
    download.addEventListener('click', () => downloadCsv(records));
    out.push(el('p', { class: 'actions' }, copy, ' ', download), status);
    return out;
  }

  function copyText(text, status) {
    const fallback = () => {
      const area = el('textarea', { class: 'visually-hidden', 'aria-hidden': 'true' });
      area.value = text;
      document.body.append(area);
      area.select();
      const ok = document.execCommand('copy');
      area.remove();
      status.textContent = ok ? t('copied') : t('copyFailed', 'execCommand');
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(() => { status.textContent = t('copied'); }, fallback);
    } else {
      fallback();
    }
  }

  // Swedish Excel opens semicolon-separated UTF-8 with a byte order mark and
  // decimal commas; the English page writes RFC 4180 commas.
  function downloadCsv(records) {
    const sep = LANG === 'sv' ? ';' : ',';
    const quote = (f) => (f.includes(sep) || /["\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
    const text = (LANG === 'sv' ? '\ufeff' : '') + records.map((r) => r.map(quote).join(sep)).join('\r\n') + '\r\n';
    const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    const a = el('a', { href: url, download: t('csvName') });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  // --- Audit ------------------------------------------------------------------------

  // A percent column, found by its name (as costshare-split --audit finds it).
  const PERCENT_COLUMN = /^(percent|procent|andel)\b|%/i;

  function auditNow() {
    const { rows: tableRows, header } = at('audit-table', () => readTable($('audit-table').value));
    const width = Math.min(...tableRows.map((r) => r.fields.length));
    if (width < 3) throw Object.assign(new FieldError(t('errNoAmountColumn')), { field: 'audit-table' });
    const amountColumn = (header ? header.length : width) - 1;
    const amountName = header ? header[amountColumn] : '';
    let percentColumn = -1;
    if (header) {
      percentColumn = header.findIndex((h, i) => i >= 2 && i !== amountColumn && PERCENT_COLUMN.test(h.trim()));
    }
    const thousands = /tkr/i.test(amountName) || tableRows.some((r) => /tkr\s*$/i.test(r.fields[amountColumn] || ''));
    const scale = thousands ? 1000n : 1n; // a published 1 is 1 000 kr in a tkr column
    const parties = at('audit-table', () => weightsOf(tableRows));
    const published = tableRows.map((r) => {
      const text = (r.fields[amountColumn] || '').replace(/\s*tkr\s*$/i, '');
      try {
        return parseOre(text) * scale;
      } catch (e) {
        throw Object.assign(new FieldError(t('errAmountCell', r.number, text, e.message)), { field: 'audit-table' });
      }
    });
    const publishedPercent = percentColumn < 0 ? null : tableRows.map((r) => {
      try {
        return parsePercent(r.fields[percentColumn] || '');
      } catch (e) {
        throw Object.assign(new FieldError(t('errAmountCell', r.number, r.fields[percentColumn], e.message)), { field: 'audit-table' });
      }
    });
    const weights = parties.map((p) => p.weight);
    const columnSum = published.reduce((a, b) => a + b, 0n);
    const totalText = $('audit-total').value.trim();
    const stated = totalText === '' ? null : at('audit-total', () => parseOre(totalText));
    const total = stated === null ? columnSum : stated;
    const W = weights.reduce((a, b) => a + b, 0n);
    // The exact key to the öre, and each published amount's deviation from it.
    const exact = at('audit-table', () => weights.map((w) => cs.roundScale(total, w, W)));
    const deviation = published.map((p, i) => p - exact[i]);

    // The unit the amounts are published in: öre if any has öre, else whole
    // kronor (or thousands); then each method the library has, in order.
    const unit = thousands ? 100000n : published.every((p) => p % 100n === 0n) ? 100n : 1n;
    const same = (shares) => shares.every((s, i) => s === published[i]);
    const perRow = (mode) => W * unit <= INT64_MAX
      ? weights.map((w) => cs.roundScale(total, w, W * unit, mode) * unit) : null;
    const candidates = [
      ['largest_remainder', () => cs.splitEx(total, weights, { unit }).shares],
      ['round_half_up', () => perRow('half_away')],
      ['round_half_even', () => perRow('half_even')],
      ['floor', () => perRow('floor')],
    ];
    let method = 'none';
    for (const [name, shares] of candidates) {
      let s = null;
      try {
        s = shares();
      } catch (e) {
        if (!(e instanceof cs.CostshareError)) throw e;
      }
      if (s && same(s)) { method = name; break; }
    }
    let worst = -1;
    deviation.forEach((d, i) => { if (d !== 0n && (worst < 0 || abs(d) > abs(deviation[worst]))) worst = i; });

    const exactPercent = publishedPercent ? at('audit-table', () => cs.splitPercentages(weights, 2)) : null;
    const head = [t('colName'), t('colWeight'), t('colPublished'), t('colExact'), t('colDeviation')];
    if (publishedPercent) head.push(t('colPublishedPercent'), t('colExactPercent'));
    const body = parties.map((p, i) => {
      const cells = [p.name, formatScaled(p.weight, 0), formatScaled(published[i], 2), formatScaled(exact[i], 2),
        deviation[i] === 0n ? '0' : formatSigned(deviation[i], 2)];
      if (publishedPercent) cells.push(formatScaled(publishedPercent[i], 2), formatScaled(exactPercent[i], 2));
      return cells;
    });
    const sumOf = (a) => a.reduce((x, y) => x + y, 0n);
    // The exact quotas add up to the total exactly (each row's is rounded to the öre).
    const foot = [t('totalRow'), formatScaled(W, 0), formatScaled(columnSum, 2), formatScaled(total, 2),
      columnSum === total ? '0' : formatSigned(columnSum - total, 2)];
    if (publishedPercent) foot.push(formatScaled(sumOf(publishedPercent), 2), formatScaled(sumOf(exactPercent), 2));

    const summary = [
      ['stated', t('statedTotal'), stated === null ? t('noStatedTotal', formatScaled(total, 2)) : formatScaled(stated, 2)],
      ['column-sum', t('columnSum'), formatScaled(columnSum, 2)],
      ['method', t('methodFound'), t(`method_${method}`)],
      ['deviation', t('largestDeviation'), worst < 0 ? t('noDeviation')
        : t('deviationAt', formatSigned(deviation[worst], 2), parties[worst].name)],
    ];
    if (publishedPercent) {
      summary.push(['percent-sum', t('percentSum'), formatScaled(sumOf(publishedPercent), 2)]);
      summary.push(['exact-percent-sum', t('exactPercentSum'), formatScaled(sumOf(exactPercent), 2)]);
    }
    const out = [facts(t('auditSummary'), 'audit-summary', summary)];
    if (thousands) out.push(el('p', { class: 'note' }, t('thousands', formatScaled(50000n, 2))));
    const rowsTable = table(t('auditCaption'), head, body, foot);
    rowsTable.id = 'audit-rows';
    out.push(rowsTable);
    // Rows that differ from the key by more than the publication's rounding.
    const tolerance = thousands ? 50000n : 0n;
    rowsTable.querySelectorAll('tbody tr').forEach((tr, i) => {
      if (abs(deviation[i]) > tolerance && method === 'none') tr.classList.add('differs');
    });
    return out;
  }

  // --- Notice -----------------------------------------------------------------------

  function noticeNow() {
    const wanted = $('notice-wanted').value.trim();
    const countText = $('notice-count').value.trim();
    const count = at('notice-count', () => {
      const n = parseInteger(countText === '' ? 'x' : countText);
      if (n > 2147483647n || n < -2147483648n) throw new FieldError(t('errTooLarge', countText));
      return Number(n);
    });
    const unit = $('notice-unit').value;
    const calendarPeriods = $('notice-calendar').checked;
    const seDeadline = $('notice-sunday').checked;
    const invoicedText = $('notice-invoiced').value.trim();
    const invoiced = invoicedText === '' ? null : at('notice-invoiced', () => parseOre(invoicedText));
    const countField = count < 0 ? 'notice-count' : 'notice-wanted';
    const plain = at(countField, () => cs.noticeLatest(wanted, count, unit, { calendarPeriods }));
    const latest = seDeadline ? at('notice-wanted', () => cs.noticeLatest(wanted, count, unit, { calendarPeriods, seDeadline })) : plain;
    const lastDay = at('notice-wanted', () => cs.noticeEnd(plain, count, unit, { calendarPeriods }));
    let refundStart = null;
    try {
      refundStart = cs.refundStart(lastDay);
    } catch (e) {
      if (!(e instanceof cs.CostshareError)) throw e;
    }
    const rows = [
      ['latest', t('latestNotice'), latest === plain ? latest : t('movedBy2', latest, plain)],
      ['last-day', t('lastDay'), lastDay],
      ['refund-start', t('refundStart'), refundStart || t('noRefundStart')],
    ];
    if (invoiced !== null) {
      const first = cs.dateYearFirst(lastDay);
      const last = cs.dateYearLast(lastDay);
      const refund = (basis) => at('notice-invoiced', () =>
        cs.refundTermination({ termination: 'next_month', terminationBasis: basis }, invoiced, first, last, lastDay));
      rows.push(['period', t('invoicedPeriod'), `${first} – ${last}`]);
      rows.push(['refund-months', t('refundMonths'), formatScaled(refund('months'), 2)]);
      rows.push(['refund-days', t('refundDays'), formatScaled(refund('days'), 2)]);
    }
    return [facts(t('noticeCaption'), 'notice-out', rows)];
  }

  // --- Calendar ---------------------------------------------------------------------

  function calendarNow() {
    const text = $('calendar-year').value.trim();
    const year = at('calendar-year', () => {
      if (!/^\d{1,4}$/.test(text)) throw new FieldError(t('errYear'));
      return Number(text);
    });
    const days = [];
    at('calendar-year', () => cs.seEaster(year));
    for (const [key, kind] of Object.entries(cs.DayKind)) {
      if (kind === cs.DayKind.NONE || kind === cs.DayKind.SUNDAY || kind === cs.DayKind.SATURDAY) continue;
      let date;
      try {
        date = cs.seHolidayDate(year, kind);
      } catch (e) {
        // Whit Monday after 2004 and the National Day before 2005 were no holidays.
        if (e instanceof cs.CostshareError && e.code === cs.ErrorCode.ERANGE && year >= 1990) continue;
        e.field = 'calendar-year';
        throw e;
      }
      days.push({ date, kind, key });
    }
    days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.kind - b.kind));
    const weekdays = t('weekdays');
    const holidays = table(t('holidaysCaption', year), [t('colDate'), t('colWeekday'), t('colHoliday'), t('colKind')],
      days.map((d) => [d.date, weekdays[cs.dateWeekday(d.date) - 1], cs.seHolidayName(d.kind, LANG),
        d.kind < cs.DayKind.SUNDAY ? t('publicHoliday') : t('notBusinessDay')]));
    holidays.id = 'calendar-holidays';
    const months = t('monthNames');
    let businessTotal = 0;
    let dayTotal = 0;
    const rows = months.map((name, i) => {
      const first = cs.dateFromYmd(year, i + 1, 1);
      const last = cs.dateMonthLast(first);
      const business = cs.seBusinessDaysBetween(first, last) + (cs.seIsBusinessDay(first) ? 1 : 0);
      const n = cs.dateDaysInMonth(year, i + 1);
      businessTotal += business;
      dayTotal += n;
      return [name, String(business), String(n)];
    });
    const business = table(t('businessCaption', year), [t('colMonth'), t('colBusinessDays'), t('colDays')], rows,
      [t('totalRow'), String(businessTotal), String(dayTotal)]);
    business.id = 'calendar-business';
    return [holidays, business];
  }

  // --- Examples ---------------------------------------------------------------------

  // The 2018 Östergötland table as Swedish Excel copies it: tabs, space as
  // thousands separator, decimal comma.
  const EXAMPLE = [
    ['Kommun', 'Befolkning', 'Andel', 'Kostnad 2018'],
    ['Boxholm', '5 453', '1,21', '9 244'], ['Finspång', '21 577', '4,79', '36 597'],
    ['Kinda', '9 882', '2,19', '16 732'], ['Linköping', '158 520', '35,20', '268 938'],
    ['Mjölby', '27 019', '6,00', '45 841'], ['Motala', '43 549', '9,67', '73 881'],
    ['Norrköping', '133 749', '29,70', '226 916'], ['Söderköping', '14 521', '3,22', '24 601'],
    ['Vadstena', '7 421', '1,65', '12 606'], ['Valdemarsvik', '7 920', '1,76', '13 446'],
    ['Ydre', '3 733', '0,83', '6 341'], ['Åtvidaberg', '11 631', '2,58', '19 711'],
    ['Ödeshög', '5 343', '1,19', '9 091'],
  ];
  const exampleText = (columns) => EXAMPLE.map((r) => r.slice(0, columns).join('\t')).join('\n');

  // --- Wiring -----------------------------------------------------------------------

  function wire(formId, resultId, compute) {
    const form = $(formId);
    const result = $(resultId);
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      ready.then(() => run(form, result, compute));
    });
    // Ctrl+Enter in a text area submits, as Enter does in the other fields.
    for (const area of form.querySelectorAll('textarea')) {
      area.addEventListener('keydown', (ev) => {
        if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) {
          ev.preventDefault();
          form.requestSubmit();
        }
      });
    }
  }

  const ready = (window.costshareReady || Promise.reject(new Error('costshare.js is missing'))).then((api) => {
    cs = api;
    $('footer-version').textContent = `libcostshare ${cs.version()} (WebAssembly)`;
    document.body.dataset.ready = 'true';
  }, (err) => {
    const box = $('load-error');
    box.textContent = t('loadError', err && err.message ? err.message : err);
    box.hidden = false;
    throw err;
  });

  $('split-example').addEventListener('click', () => {
    $('split-table').value = exampleText(2);
    $('split-total').value = '763 945';
    $('split-table').focus();
  });
  $('audit-example').addEventListener('click', () => {
    $('audit-table').value = exampleText(4);
    $('audit-total').value = '763 945';
    $('audit-table').focus();
  });
  wire('split-form', 'split-result', splitNow);
  wire('audit-form', 'audit-result', auditNow);
  wire('notice-form', 'notice-result', noticeNow);
  wire('calendar-form', 'calendar-result', calendarNow);
}());
