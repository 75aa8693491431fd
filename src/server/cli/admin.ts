// Account administration from the server's shell: `npm run admin -- <command> [options]`. It opens the
// database exactly as the server does (DATABASE_URL, or else DATA_DIR, default ./data), migrating it first,
// so the first admin can be created before the server has ever run. Exit code 0 on success, 1 on a refused command, 2 on misuse.
import { parseArgs } from 'node:util';
import { CreateUserRequest } from '../../domain/api/auth.ts';
import { Password } from '../../domain/schemas/user.ts';
import {
  createUser,
  findUserByUsername,
  listUsers,
  UsernameTakenError,
  updateUser,
} from '../auth/accounts.ts';
import { readServerConfig } from '../config.ts';
import { migrateToLatest } from '../store/migrations/index.ts';
import { openConfiguredStore } from '../store/open.ts';
import type { Store } from '../store/store.ts';

const USAGE = `usage:
  npm run admin -- create --username NAME --password PASS --display-name 'Tên' [--role admin|inspector]
  npm run admin -- list
  npm run admin -- reset-password --username NAME --password PASS
  npm run admin -- disable --username NAME
  npm run admin -- enable --username NAME`;

class UsageError extends Error {}
class RefusedError extends Error {}

async function run(argv: string[], store: Store): Promise<string> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      username: { type: 'string' },
      password: { type: 'string' },
      'display-name': { type: 'string' },
      role: { type: 'string', default: 'inspector' },
    },
  });
  const [command] = positionals;
  const username = values.username?.trim().toLowerCase();
  const needUser = async () => {
    if (!username) throw new UsageError('--username is required');
    const user = await findUserByUsername(store.db, username);
    if (!user) throw new RefusedError(`no account named ${username}`);
    return user;
  };
  switch (command) {
    case 'create': {
      const parsed = CreateUserRequest.safeParse({
        username,
        password: values.password,
        displayName: values['display-name'],
        role: values.role,
      });
      if (!parsed.success)
        throw new UsageError(parsed.error.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
      try {
        const user = await createUser(store.db, parsed.data);
        return `created ${user.role} ${user.username} (${user.id})`;
      } catch (err) {
        if (err instanceof UsernameTakenError) throw new RefusedError(`username ${username} is taken`);
        throw err;
      }
    }
    case 'list':
      return (await listUsers(store.db))
        .map(
          (u) => `${u.username}\t${u.role}\t${u.disabled ? 'disabled' : 'active'}\t${u.displayName}\t${u.id}`,
        )
        .join('\n');
    case 'reset-password': {
      const password = Password.safeParse(values.password);
      if (!password.success)
        throw new UsageError(password.error.issues[0]?.message ?? '--password is required');
      const user = await needUser();
      await updateUser(store.db, user.id, { password: password.data });
      return `password of ${user.username} reset`;
    }
    case 'disable':
    case 'enable': {
      const user = await needUser();
      await updateUser(store.db, user.id, { disabled: command === 'disable' });
      return `${user.username} ${command}d`;
    }
    default:
      throw new UsageError(command ? `unknown command ${command}` : 'no command given');
  }
}

async function main(): Promise<number> {
  const config = readServerConfig(process.env);
  const store = await openConfiguredStore(config);
  try {
    await migrateToLatest(store.db);
    console.log(await run(process.argv.slice(2), store));
    return 0;
  } catch (err) {
    if (err instanceof UsageError || (err instanceof TypeError && 'code' in err)) {
      console.error(`${err.message}\n${USAGE}`);
      return 2;
    }
    if (err instanceof RefusedError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  } finally {
    await store.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error('admin failed:', err);
    process.exit(1);
  },
);
