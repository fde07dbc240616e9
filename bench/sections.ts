/**
 * The sections of `npm run bench`, in the order they run. Loaded one at a time, so a section's
 * imports cost nothing before its turn; tests/bench.test.ts checks every heading is printed.
 */
export interface Section {
  title: string;
  load: () => Promise<{ run: () => Promise<void> }>;
}

export const SECTIONS: Section[] = [
  { title: '1. Engine + storage per answer (SQLite)', load: () => import('./engine.js') },
  { title: '2. Prompt size per draft', load: () => import('./prompt.js') },
  { title: '3. .docx build', load: () => import('./docx.js') },
  { title: '4. First model token → first preview', load: () => import('./preview.js') },
  {
    title: '5. The bot process vs a bare grammY bot (start, memory, CPU, latency)',
    load: () => import('./overhead.js'),
  },
  { title: '6. Reading documents', load: () => import('./intake.js') },
  { title: '7. Fact check + omission report', load: () => import('./check.js') },
];
