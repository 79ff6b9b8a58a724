import { ComingSoon } from '../../../components/coming-soon.tsx';

// The indicators capability is not built yet: this page says so and what it will do. Replace it with the real page.
export function Component() {
  return <ComingSoon capability="network" />;
}
