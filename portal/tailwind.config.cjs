const path = require("path")

/** Medusa UI's preset, so the portal looks like the admin. */
module.exports = {
  presets: [require("@medusajs/ui-preset")],
  darkMode: "class",
  content: [
    path.join(__dirname, "index.html"),
    path.join(__dirname, "src/**/*.{ts,tsx}"),
    // The admin's pieces the portal reuses (charts, tiles) bring their own classes.
    path.join(__dirname, "../src/admin/components/**/*.{ts,tsx}"),
    path.join(__dirname, "../node_modules/@medusajs/ui/dist/**/*.{js,mjs}"),
  ],
}
