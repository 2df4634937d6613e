/**
 * The machine's network addresses a session could be served on, the likely LAN address
 * first. Never the wildcard address: a session binds exactly one of these.
 */
import { networkInterfaces } from 'node:os';
import { appError } from '../../../shared/messages/appError';

export interface NetAddress {
  name: string;
  address: string;
  family: 'IPv4' | 'IPv6';
  internal: boolean;
  likely: boolean;
}

const VIRTUAL = /^(docker|veth|br-|virbr|vbox|vmnet|vEthernet|utun|tun|tap|zt|tailscale|wg|lo)/i;

/** Higher is likelier to be the room's Wi-Fi or wired LAN. */
function score(name: string, address: string): number {
  if (address.startsWith('169.254.')) return 0;
  let s = 1;
  if (/^192\.168\./.test(address)) s += 30;
  else if (/^10\./.test(address)) s += 20;
  else if (/^172\.(1[6-9]|2\d|3[01])\./.test(address)) s += 10;
  if (/^(wl|wi-?fi|wlan|en\d|eth|Ethernet|WLAN)/i.test(name)) s += 5;
  if (VIRTUAL.test(name)) s -= 25;
  return s;
}

export function listAddresses(source = networkInterfaces()): NetAddress[] {
  const all: (NetAddress & { score: number })[] = [];
  for (const [name, infos] of Object.entries(source)) {
    for (const i of infos ?? []) {
      if (i.family !== 'IPv4') continue;
      all.push({ name, address: i.address, family: 'IPv4', internal: i.internal, likely: false, score: i.internal ? -100 : score(name, i.address) });
    }
  }
  all.sort((a, b) => b.score - a.score);
  const best = all.find((a) => !a.internal && a.score > 0) ?? all.find((a) => a.internal);
  return all.map(({ score: _score, ...a }) => ({ ...a, likely: a === best || (best !== undefined && a.address === best.address && a.name === best.name) }));
}

/** The address to bind: the one asked for when it is the machine's own, else the likely one. */
export function chooseHost(asked: string | undefined, addresses = listAddresses()): string {
  if (asked === undefined) return addresses.find((a) => a.likely)?.address ?? '127.0.0.1';
  if (asked === '0.0.0.0' || asked === '::') {
    throw appError('workshop_address', 'workshop.every_interface', { host: asked });
  }
  if (asked !== '127.0.0.1' && !addresses.some((a) => a.address === asked)) {
    throw appError('workshop_address', 'workshop.not_local_address', { host: asked });
  }
  return asked;
}
