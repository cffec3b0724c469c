// The V8 heap limit the app's server runs with. Left alone, V8 sizes its old space from the
// machine's memory (gigabytes here) and lets garbage pile up long before collecting it, so a
// server that had opened a few long articles sat on hundreds of megabytes it no longer used.
// With a limit it collects sooner. CLAIMCHECK_HEAP_MB changes it (0: V8's own default).
const DEFAULT_HEAP_MB = 384;

function serverHeapArgs(env = process.env) {
  const raw = env.CLAIMCHECK_HEAP_MB;
  const mb = raw === undefined || raw === "" ? DEFAULT_HEAP_MB : Number(raw);
  if (!Number.isInteger(mb) || mb < 0) throw new Error(`CLAIMCHECK_HEAP_MB must be a whole number of megabytes, not ${JSON.stringify(raw)}`);
  return mb === 0 ? [] : [`--max-old-space-size=${mb}`];
}

module.exports = { serverHeapArgs, DEFAULT_HEAP_MB };
