import { defineConfig } from 'wxt';

// Manifest and build settings. Content-script match patterns live next to their entrypoints
// (from lib/pages/hosts.ts) so the manifest and the tests share one list.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports everywhere: the layering rules are easier to check when every
  // dependency is visible in the file that uses it.
  imports: false,
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // IndexedDB needs no permission; "storage" holds small settings only. "alarms" and
    // "notifications": deadline reminders (issue 3), rebuilt from the database.
    // activeTab: "Capture this tab" in a claim (issue 5) screenshots the AliExpress tab the popup was opened on, nothing else.
    permissions: ['storage', 'alarms', 'notifications', 'activeTab'],
    browser_specific_settings: {
      gecko: {
        id: 'aliexpress-claim-assistant@extension',
        strict_min_version: '128.0',
        // Firefox asks new add-ons to declare what they collect: nothing leaves the machine.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
