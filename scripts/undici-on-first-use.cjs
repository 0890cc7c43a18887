// Stands in for 'undici' where @actions/http-client imports it (see scripts/bundle.mjs): the real
// module is evaluated on the first `new ProxyAgent(...)`, which happens only when a request goes
// through a proxy. @actions/core imports http-client as it loads (for OIDC tokens the action never
// asks for), and evaluating undici there cost 50 to 75 ms of every start of the action (dist/index.js
// with no inputs, 10 starts: 0.30 to 0.33 s before, 0.25 s after; bench/RESULTS.md).
'use strict';

exports.ProxyAgent = function ProxyAgent(...args) {
  const { ProxyAgent: Real } = require('undici');
  return new Real(...args);
};
