// The benchmark journey: N touchpoints in stages of 10, laid out like the app's stage columns
// (src/domain/layout.ts), with a connection between consecutive touchpoints. Shared by the runner
// (which writes it as a journey file to import) and the floor page (which draws the same graph).
const PER_STAGE = 10;
const STAGE_WIDTH = 300;
const TOUCHPOINT_WIDTH = 240;
const TOUCHPOINT_HEIGHT = 132;
const HEADER = 64;
const ROW_GAP = 36;
const CHANNELS = ['web', 'app', 'email', 'store', 'call-centre', 'sms'];
const FUNCTIONS = ['marketing', 'sales', 'customer-care', 'product'];

// Title parts for the PDF benchmark of issue 12: the same journey in plain Spanish (WinAnsi: Helvetica,
// nothing embedded) and in a mix of Polish and Cyrillic (the embedded font) with CJK and emoji (pictures
// drawn by the browser), part for part of about the same length.
const TITLE_PARTS = {
  es: [
    ['Pido información', 'Llamo al centro', 'Firmo el contrato', 'Pago la factura'],
    ['Atención', 'Devolución', 'Reclamación'],
    ['¿Dónde está?', '¡Qué rápido!', 'Me da igual'],
    ['«ok»', '(sí)', '—'],
  ],
  mixed: [
    ['Zażółć gęślą jaźń', 'Łódź: płatność', 'Źródło reklamacji', 'Gdańsk — zwrot'],
    ['Жалоба', 'Возврат', 'Поддержка'],
    ['顧客の苦情', '客户投诉', '配送の遅れ'],
    ['🚀', '😡→🤩', '📦'],
  ],
};

/** A touchpoint title: English ("Touchpoint 12"), plain Spanish, or mixed scripts. */
function titleOf(i, script) {
  if (script === 'en') return `Touchpoint ${i + 1}`;
  const [a, b, c, d] = TITLE_PARTS[script].map((parts, k) => parts[(i + k) % parts.length]);
  return `${a} ${i + 1} · ${b} · ${c} ${d}`;
}

export function journeyGraph(n, script = 'en') {
  const stageCount = Math.ceil(n / PER_STAGE);
  const stages = Array.from({ length: stageCount }, (_, s) => ({
    id: `stage-${s + 1}`,
    name: `Stage ${s + 1}`,
    width: STAGE_WIDTH,
  }));
  const touchpoints = Array.from({ length: n }, (_, i) => {
    const s = Math.floor(i / PER_STAGE);
    const row = i % PER_STAGE;
    return {
      id: `tp-${i + 1}`,
      title: titleOf(i, script),
      description: `Step ${row + 1} of stage ${s + 1}`,
      stageId: stages[s].id,
      channelId: CHANNELS[i % CHANNELS.length],
      functionId: FUNCTIONS[i % FUNCTIONS.length],
      emotion: (i % 5) - 2,
      momentOfTruth: i % 17 === 0,
      painPoint: i % 13 === 0,
      painNote: i % 13 === 0 ? 'Takes too long' : '',
      notes: '',
      position: {
        x: s * STAGE_WIDTH + (STAGE_WIDTH - TOUCHPOINT_WIDTH) / 2,
        y: HEADER + ROW_GAP + row * (TOUCHPOINT_HEIGHT + ROW_GAP),
      },
    };
  });
  const connections = touchpoints.slice(1).map((t, i) => ({
    id: `c-${i + 1}`,
    from: touchpoints[i].id,
    to: t.id,
    label: '',
  }));
  return { stages, touchpoints, connections };
}

/**
 * The journey file the app imports (format recorrido.journey, version 1). `script` picks the titles:
 * 'en' (the default, "Touchpoint 12"), 'es' (plain Spanish) or 'mixed' (Polish, Cyrillic, CJK, emoji).
 */
export function journeyFile(n, script = 'en') {
  const now = new Date().toISOString();
  const suffix = script === 'en' ? '' : `-${script}`;
  return {
    format: 'recorrido.journey',
    version: 1,
    journey: {
      id: `bench-${n}${suffix}`,
      name: `Bench ${n}${suffix}`,
      description: `Benchmark journey with ${n} touchpoints`,
      persona: '',
      ...journeyGraph(n, script),
      customChannels: [],
      customFunctions: [],
      createdAt: now,
      updatedAt: now,
    },
  };
}
