import { describe, expect, test } from 'vitest';
import { fetchAllowList } from '@/lib/env';
import { decodePage, declaredMetaCharset } from '@/lib/reports/decode-page';
import { addressRefusal } from '@/lib/reports/page-address';

const none = fetchAllowList({});

describe('which addresses a page may be fetched from', () => {
  test.each(['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c', '8.8.8.8'])('public %s is allowed', (address) => {
    expect(addressRefusal(address, 'news.example', none)).toBeNull();
  });

  test.each([
    ['127.0.0.1', 'loopback'],
    ['10.0.0.1', 'RFC 1918 private range'],
    ['172.31.255.255', 'RFC 1918 private range'],
    ['192.168.1.1', 'RFC 1918 private range'],
    ['169.254.169.254', 'link-local, where cloud metadata services answer'],
    ['100.100.100.200', 'carrier-grade NAT range'],
    ['0.0.0.0', 'unspecified address'],
    ['224.0.0.1', 'multicast'],
    ['::1', 'loopback'],
    ['::', 'unspecified address'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:10.0.0.1', 'RFC 1918 private range'],
    ['fd00:ec2::254', 'unique local range fc00::/7'],
    ['fe80::1', 'link-local, where cloud metadata services answer'],
    ['ff02::1', 'multicast'],
  ])('%s is refused (%s)', (address, range) => {
    expect(addressRefusal(address, 'news.example', none)).toBe(`The address points to a private network address (${range})`);
  });

  test('IPv6 forms that carry an IPv4 address (6to4, NAT64) are refused too', () => {
    expect(addressRefusal('2002:7f00:1::', 'news.example', none)).toMatch(/private network address/);
    expect(addressRefusal('64:ff9b::7f00:1', 'news.example', none)).toMatch(/private network address/);
  });

  test('FACTCHECK_FETCH_ALLOWED_HOSTS permits host names, addresses and CIDR ranges, and nothing else', () => {
    const allowList = fetchAllowList({ FACTCHECK_FETCH_ALLOWED_HOSTS: ' Intranet.Example , 127.0.0.1, 10.20.0.0/16, [::1] ' });
    expect(allowList.hosts).toEqual(['intranet.example']);
    expect(addressRefusal('10.9.9.9', 'intranet.example', allowList)).toBeNull();
    expect(addressRefusal('127.0.0.1', 'anything.example', allowList)).toBeNull();
    expect(addressRefusal('::ffff:127.0.0.1', 'anything.example', allowList)).toBeNull();
    expect(addressRefusal('10.20.3.4', 'anything.example', allowList)).toBeNull();
    expect(addressRefusal('::1', 'anything.example', allowList)).toBeNull();
    expect(addressRefusal('10.21.0.1', 'anything.example', allowList)).toMatch(/private network address/);
    expect(addressRefusal('127.0.0.2', 'anything.example', allowList)).toMatch(/private network address/);
    expect(() => fetchAllowList({ FACTCHECK_FETCH_ALLOWED_HOSTS: 'http://intranet.example/' })).toThrow(/FACTCHECK_FETCH_ALLOWED_HOSTS/);
  });
});

describe('decoding a fetched page', () => {
  const latin = (text: string) => Buffer.from(text, 'latin1');

  test('the header charset wins over a <meta charset>; a byte order mark over both', () => {
    const bytes = latin('<meta charset="utf-8"><p>\x93Caf\xe9\x94 \x80</p>');
    expect(decodePage(bytes, 'text/html; charset=windows-1252', { isHtml: true })).toEqual({ text: '<meta charset="utf-8"><p>“Café” €</p>', encoding: 'windows-1252' });
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>Café</p>')]);
    expect(decodePage(withBom, 'text/html; charset=iso-8859-1', { isHtml: true })).toEqual({ text: '<p>Café</p>', encoding: 'utf-8' });
  });

  test('<meta charset> and http-equiv declarations are read from the first bytes; else UTF-8', () => {
    expect(declaredMetaCharset(latin('<meta charset=ISO-8859-1>'))).toBe('ISO-8859-1');
    expect(declaredMetaCharset(latin(`<meta http-equiv='Content-Type' content='text/html; charset=windows-1252'>`))).toBe('windows-1252');
    expect(declaredMetaCharset(latin(`${' '.repeat(1100)}<meta charset="windows-1252">`))).toBeNull();
    expect(decodePage(Buffer.from('<p>Zürich</p>'), 'text/html', { isHtml: true })).toEqual({ text: '<p>Zürich</p>', encoding: 'utf-8' });
    expect(decodePage(latin('<meta charset="no-such-charset"><p>ok</p>'), 'text/html', { isHtml: true }).encoding).toBe('utf-8');
  });
});
