import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// The bundle is committed under playbook_ui/static/ (see tests/ui/test_bundle.py for the freshness check).
export default defineConfig({
  plugins: [react()],
  build: { outDir: '../playbook_ui/static', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 1000 },
})
