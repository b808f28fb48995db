// Preloaded into the peer LRS by bench_lrs (node --require): xapi-statements
// calls app.listen(EXPRESS_PORT), which binds every interface. This pins it to
// 127.0.0.1 and, once it listens, writes {"port", "node"} to
// PELITA_PEER_READY_FILE, so EXPRESS_PORT=0 can pick a free port without a race.
'use strict';
const fs = require('fs');
const net = require('net');

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === 'number') {
    const callback = typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
    return listen.call(this, args[0], '127.0.0.1', () => {
      const ready = process.env.PELITA_PEER_READY_FILE;
      if (ready) {
        const report = JSON.stringify({ port: this.address().port, node: process.version });
        fs.writeFileSync(ready + '.tmp', report);
        fs.renameSync(ready + '.tmp', ready);
      }
      if (callback) callback();
    });
  }
  return listen.apply(this, args);
};
