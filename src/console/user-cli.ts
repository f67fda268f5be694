/**
 * `npm run user -- <command>`: the duty desk's people, from the shell (issue 12).
 *   add NAME --role agent|supervisor|admin     the password is read from stdin (hidden on a terminal)
 *   password NAME                              a new password, from stdin; ends their sessions
 *   role NAME --role ROLE
 *   disable NAME | enable NAME
 *   list
 * Uses the configured store (DATA_DIR or DATABASE_URL), like the server.
 */
import { loadConfigForCommand } from '../config.js';
import { ROLES, UserExists, type Role } from '../services/ports.js';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../services/users.js';
import { openStores } from '../store/open.js';

const USAGE = `usage: npm run user -- add NAME --role ${ROLES.join('|')}   (password from stdin)
       npm run user -- password NAME | role NAME --role ROLE | disable NAME | enable NAME | list`;

async function main(argv: string[]): Promise<number> {
  const [command, name, ...rest] = argv;
  const role = option(rest, '--role');
  if (!command || (command !== 'list' && !name)) return fail(USAGE);
  if (role !== undefined && !(ROLES as readonly string[]).includes(role)) return fail(`--role must be one of ${ROLES.join(', ')}`);

  const config = loadConfigForCommand();
  if (!config) return 1;
  // The seed is not this command's business: open the stores without touching the demo data.
  const stores = await openStores({ ...config, demoData: false });
  const users = stores.staff.users;
  try {
    switch (command) {
      case 'add': {
        if (!role) return fail(`add needs --role (${ROLES.join(', ')})`);
        const passwordHash = await hashPassword(await readPassword());
        const user = await users.create({ name: name!, role: role as Role, passwordHash, by: 'command line' });
        console.log(`added ${user.name} (${user.role})`);
        return 0;
      }
      case 'password': {
        const passwordHash = await hashPassword(await readPassword());
        return report(await users.update(name!, { passwordHash }), name!, 'password changed; their sessions ended');
      }
      case 'role':
        if (!role) return fail('role needs --role');
        return report(await users.update(name!, { role: role as Role }), name!, `is now ${role}`);
      case 'disable':
        return report(await users.update(name!, { active: false }), name!, 'disabled; their sessions ended');
      case 'enable':
        return report(await users.update(name!, { active: true }), name!, 'enabled');
      case 'list':
        for (const u of await users.list()) console.log(`${u.name}\t${u.role}\t${u.active ? 'active' : 'disabled'}\tadded ${u.createdAt} by ${u.createdBy}`);
        return 0;
      default:
        return fail(USAGE);
    }
  } catch (error) {
    if (error instanceof UserExists || error instanceof RangeError) return fail(error.message);
    throw error;
  } finally {
    await stores.close();
  }
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  return args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

function report(user: unknown, name: string, what: string): number {
  if (!user) return fail(`no user named ${name}`);
  console.log(`${name}: ${what}`);
  return 0;
}

function fail(message: string): number {
  console.error(message);
  return 2;
}

/** One line from stdin; on a terminal, asked for and not echoed. */
async function readPassword(): Promise<string> {
  const stdin = process.stdin;
  if (stdin.isTTY) process.stderr.write(`Password (at least ${MIN_PASSWORD_LENGTH} characters): `);
  if (stdin.isTTY) stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  let line = '';
  try {
    for await (const chunk of stdin) {
      for (const ch of chunk as string) {
        if (ch === '\u0003') throw new Error('cancelled');
        if (ch === '\n' || ch === '\r') return line;
        if (ch === '\u007f' || ch === '\b') line = line.slice(0, -1);
        else line += ch;
      }
    }
    return line;
  } finally {
    if (stdin.isTTY) {
      stdin.setRawMode(false);
      process.stderr.write('\n');
    }
    stdin.pause();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error('user command failed:', error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
