'use strict';
// Test support for the Node client tests: a real frontdeskd of their own.
//
//   const server = await startServer();   // fresh SQLite in a temp dir
//   const fd = server.client();           // admin token, closed by stop()
//   ...
//   await server.stop();                  // SIGTERM, asserts exit code 0
//
// Like tests/harness.py: the binary is $FRONTDESKD (ctest sets it), the
// server listens on a free 127.0.0.1 port (another one if it was taken
// meanwhile), writes its first admin token to FRONTDESK_TOKEN_FILE in its
// temp dir, and is ready once a call with that token answers (polled, at
// most START_TIMEOUT_MS; failing at once if the process exits). This file
// is not a test: run_tests.sh passes only test/*.test.js to node --test.

const assert = require('node:assert/strict');
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { connect } = require('../lib/client');

const START_TIMEOUT_MS = 60000;
const STOP_TIMEOUT_MS = 30000;
// Reconnect quickly while the server starts, instead of sitting in backoff.
const CHANNEL_OPTIONS = {
  'grpc.initial_reconnect_backoff_ms': 100,
  'grpc.min_reconnect_backoff_ms': 100,
  'grpc.max_reconnect_backoff_ms': 1000,
  'grpc.enable_retries': 0,
};

function frontdeskdPath() {
  const p = process.env.FRONTDESKD || '';
  assert.ok(p, 'FRONTDESKD is not set: point it at the frontdeskd binary (ctest sets it)');
  fs.accessSync(p, fs.constants.X_OK);
  return path.resolve(p);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

// Polls `predicate` (sync or async) every 50 ms until it returns a truthy
// value, which it returns; throws after `timeoutMs` with the last error.
// An error with `fatal` set ends the wait at once.
async function waitUntil(predicate, timeoutMs, what) {
  const end = Date.now() + timeoutMs;
  let last = null;
  for (;;) {
    try {
      const value = await predicate();
      if (value) return value;
    } catch (e) {
      if (e && e.fatal) throw e;
      last = e;
    }
    if (Date.now() >= end) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}` +
                      (last ? ` (last error: ${last.message})` : ''));
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

function exitedError(code) {
  return Object.assign(new Error(`frontdeskd exited (${code}) before serving`), { fatal: true });
}

class Server {
  constructor() {
    this.binary = frontdeskdPath();
    this.tmpdir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontdesk-node-test-'));
    this.tokenFile = path.join(this.tmpdir, 'token');
    this.logPath = path.join(this.tmpdir, 'frontdeskd.log');
    this.dbUrl = `sqlite:${path.join(this.tmpdir, 'frontdesk.db')}`;
    this.proc = null;
    this.exit = null;  // resolves to the exit code
    this.token = null;
    this.clients = [];
  }

  get address() {
    return `127.0.0.1:${this.port}`;
  }

  spawn() {
    const env = { ...process.env, FRONTDESK_TOKEN_FILE: this.tokenFile };
    for (const k of ['FRONTDESK_LISTEN', 'FRONTDESK_DB', 'FRONTDESK_THREADS',
                     'FRONTDESK_DATA_KEY_FILE', 'FRONTDESK_TOKEN']) delete env[k];
    const log = fs.openSync(this.logPath, 'a');
    this.logOffset = fs.fstatSync(log).size;
    this.proc = spawn(this.binary, ['--listen', this.address, '--db', this.dbUrl],
                      { cwd: this.tmpdir, env, stdio: ['ignore', log, log] });
    fs.closeSync(log);
    const proc = this.proc;
    this.exit = new Promise((resolve) => proc.on('exit', (code, signal) => resolve(
      code !== null ? code : `signal ${signal}`)));
    this.exited = null;
    this.exit.then((code) => { if (this.proc === proc) this.exited = code; });
  }

  logTail(lines = 40) {
    try {
      return fs.readFileSync(this.logPath, 'utf8').split('\n').slice(-lines).join('\n');
    } catch {
      return '';
    }
  }

  portTaken() {
    try {
      return fs.readFileSync(this.logPath, 'utf8').slice(this.logOffset).includes('could not listen');
    } catch {
      return false;
    }
  }

  async start() {
    for (let attempt = 0; ; attempt++) {
      this.port = await freePort();
      this.spawn();
      try {
        await this.waitReady();
        return this;
      } catch (e) {
        if (this.exited !== null && this.portTaken() && attempt < 3) continue;
        throw new Error(`${e.message}; frontdeskd log:\n${this.logTail()}`);
      }
    }
  }

  async waitReady() {
    const token = await waitUntil(() => {
      if (this.exited !== null) throw exitedError(this.exited);
      return fs.existsSync(this.tokenFile) && fs.readFileSync(this.tokenFile, 'utf8').trim();
    }, START_TIMEOUT_MS, 'the token file');
    this.token = token;
    const probe = connect({ address: this.address, token, deadlineMs: 2000,
                            channelOptions: CHANNEL_OPTIONS });
    try {
      await waitUntil(async () => {
        if (this.exited !== null) throw exitedError(this.exited);
        await probe.directory.listSites({ pageSize: 1 });
        return true;
      }, START_TIMEOUT_MS, 'frontdeskd to answer');
    } finally {
      probe.close();
    }
    if (this.exited !== null) throw exitedError(this.exited);
  }

  // A client with the admin token (or options.token), closed by stop().
  client(options = {}) {
    const c = connect({ address: this.address, token: this.token,
                        channelOptions: CHANNEL_OPTIONS, ...options });
    this.clients.push(c);
    return c;
  }

  // SIGTERM; asserts a clean exit (code 0) within STOP_TIMEOUT_MS. Removes
  // the temp dir.
  async stop() {
    for (const c of this.clients) c.close();
    this.clients = [];
    try {
      if (this.proc && this.exited === null) {
        this.proc.kill('SIGTERM');
        let timer;
        const timeout = new Promise((resolve) => {
          timer = setTimeout(() => resolve('timeout'), STOP_TIMEOUT_MS);
        });
        const code = await Promise.race([this.exit, timeout]);
        clearTimeout(timer);
        if (code === 'timeout') {
          this.proc.kill('SIGKILL');
          await this.exit;
          throw new Error(`frontdeskd did not exit within ${STOP_TIMEOUT_MS} ms of SIGTERM; log:\n${this.logTail()}`);
        }
        assert.equal(code, 0, `frontdeskd exited with ${code}; log:\n${this.logTail()}`);
      } else if (this.proc) {
        assert.equal(this.exited, 0, `frontdeskd exited with ${this.exited}; log:\n${this.logTail()}`);
      }
    } finally {
      fs.rmSync(this.tmpdir, { recursive: true, force: true });
    }
  }
}

async function startServer() {
  const server = new Server();
  try {
    return await server.start();
  } catch (e) {
    if (server.proc && server.exited === null) server.proc.kill('SIGKILL');
    fs.rmSync(server.tmpdir, { recursive: true, force: true });
    throw e;
  }
}

// Site `siteId` (Asia/Shanghai) and unit building-entrance-room, as admin.
async function createSiteWithUnit(fd, siteId, unit = ['3', '2', '501']) {
  await fd.directory.createSite({
    siteId, site: { displayName: '华馨苑', timeZone: 'Asia/Shanghai' } });
  const [building, entrance, room] = unit;
  return fd.directory.createUnit({ parent: `sites/${siteId}`, unit: { building, entrance, room } });
}

// A RESIDENT_APP service account at `siteId` and its token's secret.
async function residentAppToken(fd, siteId, staffId = 'resident.app') {
  await fd.directory.createStaffMember({
    staffId,
    staffMember: { displayName: '业主App', roles: ['RESIDENT_APP'], sites: [`sites/${siteId}`] },
  });
  const token = await fd.directory.createAccessToken({ parent: `staff/${staffId}` });
  return token.secret;
}

module.exports = {
  CHANNEL_OPTIONS, START_TIMEOUT_MS, startServer, waitUntil, createSiteWithUnit, residentAppToken,
};
