import '../method/i18n-runtime.ts';
import { registerCopy } from '../../i18n/register-copy.ts';
import { diagnostics } from './i18n.ts';

// The diagnostics' copy (and the method's, whose glossary links and source lines these pages show) travels with
// the diagnostics pages rather than in the first download (decision 005; see src/web/i18n/resources.ts).
registerCopy('diagnostics', diagnostics);
