import { useEffect, useState } from 'preact/hooks';
import { lazy, Route, Router, useLocation } from 'preact-iso';
import { getSetting, type Session } from '../settings.ts';
import { session } from '../sync/status.ts';
import './office.css';

const DashboardPage = lazy(() => import('./DashboardPage.tsx').then((m) => m.DashboardPage));
const UnitsPage = lazy(() => import('./UnitsPage.tsx').then((m) => m.UnitsPage));
const CataloguePage = lazy(() => import('./CataloguePage.tsx').then((m) => m.CataloguePage));
const PlanPage = lazy(() => import('./PlanPage.tsx').then((m) => m.PlanPage));
const AuditPage = lazy(() => import('./AuditPage.tsx').then((m) => m.AuditPage));
const UsersPage = lazy(() => import('./UsersPage.tsx').then((m) => m.UsersPage));

const TABS = [
  { href: '/office', label: 'Tổng quan' },
  { href: '/office/units', label: 'Đơn vị' },
  { href: '/office/catalogue', label: 'Bộ tiêu chí' },
  { href: '/office/plans', label: 'Kế hoạch' },
  { href: '/office/users', label: 'Tài khoản' },
  { href: '/office/audit', label: 'Nhật ký' },
];

/** The session, read from settings when the sync scheduler has not loaded it yet. */
function useSessionChecked(): { checked: boolean; current: Session | null } {
  const [stored, setStored] = useState<Session | null | undefined>(session.value ?? undefined);
  useEffect(() => {
    if (stored === undefined) void getSetting('session').then(setStored);
  }, []);
  const current = session.value ?? stored ?? null;
  return { checked: session.value !== null || stored !== undefined, current };
}

/** The office (Văn phòng Sở) screens, for admins: register, catalogue, plan, dashboard, accounts, audit. */
export function OfficeApp() {
  const { path } = useLocation();
  const { checked, current } = useSessionChecked();
  if (!checked) return <main class="page">Đang tải…</main>;
  if (current?.user.role !== 'admin') {
    return (
      <main class="page">
        <section class="card">
          <h2>Văn phòng Sở</h2>
          <p>Màn hình này dành cho tài khoản quản trị của Văn phòng Sở.</p>
          <a class="btn btn-primary" href="/login">
            Đăng nhập
          </a>
        </section>
      </main>
    );
  }
  return (
    <div class="office">
      <nav class="office-nav" aria-label="Văn phòng Sở">
        {TABS.map((tab) => {
          const isCurrent = tab.href === '/office' ? path === '/office' : path.startsWith(tab.href);
          return (
            <a key={tab.href} href={tab.href} aria-current={isCurrent ? 'page' : undefined}>
              {tab.label}
            </a>
          );
        })}
      </nav>
      <Router>
        <Route path="/" component={DashboardPage} />
        <Route path="/units" component={UnitsPage} />
        <Route path="/catalogue" component={CataloguePage} />
        <Route path="/plans" component={PlanPage} />
        <Route path="/plans/:year" component={PlanPage} />
        <Route path="/users" component={UsersPage} />
        <Route path="/audit" component={AuditPage} />
        <Route default component={NotFound} />
      </Router>
    </div>
  );
}

function NotFound() {
  return (
    <main class="page">
      <p>Không tìm thấy trang.</p>
      <a href="/office">Về Tổng quan</a>
    </main>
  );
}
