import { useSignal } from '@preact/signals';
import { CreateUserRequest } from '../../domain/api/auth.ts';
import { USER_ROLE_LABELS, type UserRole } from '../../domain/schemas/user.ts';
import { TextField } from '../components/TextField.tsx';
import { session } from '../sync/status.ts';
import { createUser, listDevices, listUsers, revokeDevice, setUserDisabled } from './data/api.ts';
import { formatDateTime } from './format.ts';
import { useRemote } from './use-remote.ts';

/** `/office/users`: accounts (list, create, disable) and signed-in devices (revoke a lost tablet). */
export function UsersPage() {
  const { remote: users, reload: reloadUsers } = useRemote(listUsers);
  const { remote: devices, reload: reloadDevices } = useRemote(listDevices);
  const username = useSignal('');
  const displayName = useSignal('');
  const password = useSignal('');
  const role = useSignal<UserRole>('inspector');
  const error = useSignal<string | null>(null);
  const notice = useSignal<string | null>(null);
  const selfId = session.value?.user.id;

  async function create(event: Event) {
    event.preventDefault();
    notice.value = null;
    // The same schema the server parses with, so each mistake gets its own Vietnamese sentence here.
    const request = CreateUserRequest.safeParse({
      username: username.value.trim().toLowerCase(),
      displayName: displayName.value.trim(),
      password: password.value,
      role: role.value,
    });
    if (!request.success) {
      error.value = request.error.issues.map((i) => i.message).join(' ');
      return;
    }
    const result = await createUser(request.data);
    if (!result.ok) {
      error.value = result.message;
      return;
    }
    error.value = null;
    notice.value = `Đã tạo tài khoản ${result.data.username}.`;
    username.value = '';
    displayName.value = '';
    password.value = '';
    await reloadUsers();
  }

  async function toggle(id: string, disabled: boolean) {
    const result = await setUserDisabled(id, disabled);
    error.value = result.ok ? null : result.message;
    await reloadUsers();
  }

  async function revoke(id: string) {
    const result = await revokeDevice(id);
    error.value = result.ok ? null : result.message;
    await reloadDevices();
  }

  const nameOf = (id: string) =>
    users.state === 'ok' ? users.data.users.find((u) => u.id === id)?.displayName : undefined;

  return (
    <main class="page">
      <h2>Tài khoản và thiết bị</h2>
      <section class="card" aria-labelledby="new-user-heading">
        <h3 id="new-user-heading">Tạo tài khoản</h3>
        <form class="form-row" onSubmit={create}>
          <TextField
            id="new-username"
            label="Tên đăng nhập"
            value={username}
            autocomplete="off"
            autocapitalize="none"
            required
          />
          <TextField id="new-display" label="Họ và tên" value={displayName} grow required />
          <TextField
            id="new-password"
            label="Mật khẩu (ít nhất 8 ký tự)"
            value={password}
            type="password"
            autocomplete="new-password"
            required
          />
          <div class="field">
            <label for="new-role">Vai trò</label>
            <select
              id="new-role"
              value={role.value}
              onChange={(e) => {
                role.value = e.currentTarget.value as UserRole; // the options are exactly the roles
              }}
            >
              {(Object.keys(USER_ROLE_LABELS) as UserRole[]).map((r) => (
                <option key={r} value={r}>
                  {USER_ROLE_LABELS[r]}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" class="btn btn-primary">
            Tạo tài khoản
          </button>
        </form>
        {error.value && (
          <p class="error" role="alert">
            {error.value}
          </p>
        )}
        {notice.value && (
          <p class="notice notice-ok" role="status">
            {notice.value}
          </p>
        )}
      </section>

      <section class="card" aria-labelledby="users-heading">
        <h3 id="users-heading">Tài khoản</h3>
        {users.state === 'loading' && <p>Đang tải…</p>}
        {users.state === 'error' && <p class="error">{users.message}</p>}
        {users.state === 'ok' && (
          <table class="data-table" data-testid="users-table">
            <thead>
              <tr>
                <th>Tên đăng nhập</th>
                <th>Họ và tên</th>
                <th>Vai trò</th>
                <th>Trạng thái</th>
                <th>Thao tác</th>
              </tr>
            </thead>
            <tbody>
              {users.data.users.map((u) => (
                <tr key={u.id} class={u.disabled ? 'row-muted' : undefined}>
                  <td>{u.username}</td>
                  <td>{u.displayName}</td>
                  <td>{USER_ROLE_LABELS[u.role]}</td>
                  <td>
                    {u.disabled ? (
                      <span class="badge badge-warn">○ Đã khóa</span>
                    ) : (
                      <span class="badge badge-ok">● Đang dùng</span>
                    )}
                  </td>
                  <td>
                    {u.id !== selfId && (
                      <button type="button" class="btn btn-small" onClick={() => toggle(u.id, !u.disabled)}>
                        {u.disabled ? 'Mở khóa' : 'Khóa tài khoản'}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section class="card" aria-labelledby="devices-heading">
        <h3 id="devices-heading">Thiết bị đã đăng nhập</h3>
        {devices.state === 'loading' && <p>Đang tải…</p>}
        {devices.state === 'error' && <p class="error">{devices.message}</p>}
        {devices.state === 'ok' && (
          <table class="data-table" data-testid="devices-table">
            <thead>
              <tr>
                <th>Thiết bị</th>
                <th>Tài khoản</th>
                <th>Đăng nhập lúc</th>
                <th>Dùng gần nhất</th>
                <th>Thao tác</th>
              </tr>
            </thead>
            <tbody>
              {devices.data.devices.map((d) => (
                <tr key={d.id} class={d.revokedAt ? 'row-muted' : undefined}>
                  <td>
                    {d.deviceName}
                    {d.id === session.value?.deviceId && <span class="muted"> (máy này)</span>}
                  </td>
                  <td>{nameOf(d.userId) ?? d.userId}</td>
                  <td>{formatDateTime(d.createdAt)}</td>
                  <td>{d.lastSeenAt ? formatDateTime(d.lastSeenAt) : '–'}</td>
                  <td>
                    {d.revokedAt ? (
                      <span class="badge">Đã thu hồi {formatDateTime(d.revokedAt)}</span>
                    ) : (
                      d.id !== session.value?.deviceId && (
                        <button type="button" class="btn btn-small btn-danger" onClick={() => revoke(d.id)}>
                          Thu hồi
                        </button>
                      )
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </main>
  );
}
