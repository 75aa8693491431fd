import { useSignal } from '@preact/signals';
import { useLocation } from 'preact-iso';
import { LoginResponse } from '../../domain/api/auth.ts';
import { TextField } from '../components/TextField.tsx';
import { setSetting } from '../settings.ts';
import { callJson } from './http.ts';
import { requestSync, session, syncView } from './status.ts';

/** Sign-in for sync. Offline work never needs it; only sending and receiving does. */
export function LoginPage() {
  const { route } = useLocation();
  const username = useSignal('');
  const password = useSignal('');
  const deviceName = useSignal(navigator.userAgent.includes('Mobile') ? 'Máy tính bảng' : 'Máy tính');
  const error = useSignal<string | null>(null);
  const busy = useSignal(false);

  async function onSubmit(event: Event) {
    event.preventDefault();
    busy.value = true;
    error.value = null;
    const result = await callJson<unknown>(
      { baseUrl: location.origin, token: null },
      'POST',
      '/api/auth/login',
      {
        username: username.value,
        password: password.value,
        deviceName: deviceName.value,
      },
    );
    busy.value = false;
    if (!result.ok) {
      error.value = result.message;
      return;
    }
    const { token, deviceId, user } = LoginResponse.parse(result.data);
    const next = {
      token,
      deviceId,
      user: { id: user.id, username: user.username, displayName: user.displayName, role: user.role },
    };
    await setSetting('session', next);
    session.value = next;
    syncView.value = { ...syncView.value, state: 'idle', lastError: null };
    requestSync('manual');
    route('/');
  }

  return (
    <main class="page">
      <section class="card login-card" aria-labelledby="login-heading">
        <h2 id="login-heading">Đăng nhập để đồng bộ</h2>
        <form class="login-form" onSubmit={onSubmit}>
          <TextField
            id="login-username"
            label="Tên đăng nhập"
            value={username}
            autocomplete="username"
            autocapitalize="none"
            required
          />
          <TextField
            id="login-password"
            label="Mật khẩu"
            value={password}
            type="password"
            autocomplete="current-password"
            required
          />
          <TextField id="login-device" label="Tên thiết bị" value={deviceName} required />
          {error.value && (
            <p class="error" role="alert">
              {error.value}
            </p>
          )}
          <button type="submit" class="btn btn-primary" disabled={busy.value}>
            {busy.value ? 'Đang đăng nhập…' : 'Đăng nhập'}
          </button>
        </form>
      </section>
    </main>
  );
}
