/**
 * `trackline import FILE`: CSV (with or without a header, quoted fields) and JSON rows are
 * registered (with their order numbers and shipping methods), rejected lines are listed with their reasons and
 * make the exit code 1, importing again reports the numbers as already known.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../store/db.js';
import { type CliContext, memoryIO } from '../context.js';
import { parseCsv, parseImport, registerImport } from './import.js';

const dir = mkdtempSync(join(tmpdir(), 'trackline-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[], stdin = '', isTTY = false) {
  const io = { ...memoryIO(stdin), isTTY };
  const ctx: CliContext = { io, exitCode: 0 };
  const program = new Command().exitOverride();
  registerImport(program, ctx);
  await program.parseAsync([
    'node',
    'trackline',
    'import',
    '--data',
    dir,
    '--log-level',
    'silent',
    ...args,
  ]);
  return { out: io.out.join(''), err: io.err.join(''), code: ctx.exitCode };
}

describe('parsing import files', () => {
  it('reads quoted CSV fields, CRLF and semicolons', () => {
    expect(parseCsv('a,"b, c","say ""hi"""\r\n\r\nd;e,f\n')).toEqual([
      { line: 1, cells: ['a', 'b, c', 'say "hi"'] },
      { line: 3, cells: ['d;e', 'f'] },
    ]);
    expect(parseCsv('a;b\nc;d').map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('maps header names and positions', () => {
    const withHeader = parseImport('Label,Tracking Number,Country\nshoes,LP00012345678901,fr\n');
    expect(withHeader.rows).toEqual([
      { line: 2, number: 'LP00012345678901', label: 'shoes', destination: 'fr' },
    ]);
    const positional = parseImport('LP00012345678901,8123456789,shoes,FR\n');
    expect(positional.rows[0]).toMatchObject({ orderNumber: '8123456789', destination: 'FR' });
    const json = parseImport(
      '[{"trackingNumber":"LP00012345678901","order":"81"}, 3, "RR123456785CN"]',
    );
    expect(json.rows.map((r) => r.number)).toEqual(['LP00012345678901', 'RR123456785CN']);
    expect(json.rejected).toEqual([{ line: 2, input: '3', reason: 'not an object' }]);
  });
});

describe('trackline import', () => {
  it('registers good rows, lists rejected lines, exits 1', async () => {
    const file = join(dir, 'parcels.csv');
    writeFileSync(
      file,
      [
        'number,order number,label,destination',
        'LP00054937353995,8100000001,headphones,FR',
        'me@example.com,,oops,FR',
        'LP00054937353996,,,France',
        ',8100000002,,',
        'LX123456785CN,8100000001,case,',
        '1234567891,,charger,DE',
      ].join('\n'),
    );
    const r = await run([file]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('imported 3 numbers (3 new, 0 already known)');
    expect(r.out).toContain('rejected 3:');
    expect(r.out).toMatch(/line 3: .*not a tracking number/);
    expect(r.out).toMatch(/line 4: destination 'France'/);
    expect(r.out).toMatch(/line 5: no tracking number/);

    const h = await openDatabase({ sqlitePath: join(dir, 'trackline.db') });
    const legs = await h.db.selectFrom('legs').select('number').orderBy('number').execute();
    expect(legs.map((l) => l.number)).toEqual(['1234567891', 'LP00054937353995', 'LX123456785CN']);
    const links = await h.db.selectFrom('order_shipments').selectAll().execute();
    expect(links).toHaveLength(2);
    await h.close();
  });

  it('stores each row’s order, destination and label with its shipment', async () => {
    const file = join(dir, 'details.csv');
    writeFileSync(
      file,
      [
        'number,order number,label,destination',
        'RB123456785GB,8123456789012345,"Shoes, red",fr',
        'RR987654321CN,8123456789012345,socks,',
        'LX555555555CN,#ORD-2026-77,,uk',
        'RB123456785GB,,Shoes (left),',
      ].join('\n'),
    );
    const r = await run([file]);
    expect(r.code).toBe(0);

    const h = await openDatabase({ sqlitePath: join(dir, 'trackline.db') });
    const rows = await h.db
      .selectFrom('legs')
      .innerJoin('shipments', 'shipments.id', 'legs.shipment_id')
      .leftJoin('order_shipments', 'order_shipments.shipment_id', 'shipments.id')
      .leftJoin('orders', 'orders.id', 'order_shipments.order_id')
      .select([
        'legs.number',
        'shipments.label',
        'shipments.destination_country as shipTo',
        'orders.retailer',
        'orders.order_number',
        'orders.destination_country as orderTo',
      ])
      .where('legs.number', 'in', ['RB123456785GB', 'RR987654321CN', 'LX555555555CN'])
      .orderBy('legs.number')
      .execute();
    await h.close();
    expect(rows).toEqual([
      {
        number: 'LX555555555CN',
        label: null,
        shipTo: 'GB',
        retailer: 'other',
        order_number: 'ORD-2026-77',
        orderTo: 'GB',
      },
      {
        number: 'RB123456785GB',
        // The file names the parcel twice: the later label wins.
        label: 'Shoes (left)',
        shipTo: 'FR',
        retailer: 'aliexpress',
        order_number: '8123456789012345',
        orderTo: 'FR',
      },
      {
        // Same order in a second parcel (split order): one order row, two links.
        number: 'RR987654321CN',
        label: 'socks',
        shipTo: null,
        retailer: 'aliexpress',
        order_number: '8123456789012345',
        orderTo: 'FR',
      },
    ]);
  });

  it('stores a shipping method by id, name or alias as its id; an unknown one rejects the line', async () => {
    const file = join(dir, 'methods.csv');
    writeFileSync(
      file,
      [
        'number,shipping method',
        'CP123456785CN,aliexpress-standard',
        'EA123456785CN,AliExpress Saver Shipping',
        'RX123456785CN,pigeon post',
        'CX123456785CN,',
      ].join('\n'),
    );
    const r = await run([file]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('imported 3 numbers');
    expect(r.out).toMatch(/line 4: shipping method 'pigeon post' is not one we know/);
    const json = JSON.stringify([{ number: 'CP123456785CN', method: 'EMS' }]);
    expect((await run(['-'], json)).code).toBe(0);

    const h = await openDatabase({ sqlitePath: join(dir, 'trackline.db') });
    const rows = await h.db
      .selectFrom('legs')
      .innerJoin('shipments', 'shipments.id', 'legs.shipment_id')
      .select(['legs.number', 'shipments.service'])
      .where('legs.number', 'in', [
        'CP123456785CN',
        'EA123456785CN',
        'RX123456785CN',
        'CX123456785CN',
      ])
      .orderBy('legs.number')
      .execute();
    await h.close();
    expect(rows).toEqual([
      // Imported again with another method: the file's latest word wins.
      { number: 'CP123456785CN', service: 'ems' },
      { number: 'CX123456785CN', service: null },
      { number: 'EA123456785CN', service: 'aliexpress-saver' },
    ]);
    expect(parseImport('LP00012345678901,,,FR,epacket\n').rows[0]).toMatchObject({
      method: 'epacket',
    });
  });

  it('reads JSON from standard input; importing again finds them known', async () => {
    const json = JSON.stringify([
      { number: 'LP00054937353995' },
      { number: 'RR123456785CN', label: 'x' },
    ]);
    const r = await run(['-'], json, true);
    expect(r.code).toBe(0);
    expect(r.out).toContain('imported 2 numbers (1 new, 1 already known)');
  });

  it('shows a progress bar on a terminal for a long file', async () => {
    const rows = Array.from(
      { length: 25 },
      (_, i) => `LP000549373540${String(i).padStart(2, '0')}`,
    );
    const r = await run(['-'], rows.join('\n'), true);
    expect(r.code).toBe(0);
    expect(r.err).toContain('importing');
    expect(r.err).toContain('25/25');
  });
});
