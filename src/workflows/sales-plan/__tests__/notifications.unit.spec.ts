import { recipientsOf, sendNotifications } from "../notifications"

function fakeContainer({ registered, send }: { registered: boolean; send?: (n: any) => Promise<unknown> }) {
  const logs: string[] = []
  const logger = { warn: (m: string) => logs.push(m), info: () => {}, error: () => {} }
  const notification = { createNotifications: send ?? (async () => ({})) }
  const container: any = {
    hasRegistration: (key: string) => (key === "notification" ? registered : true),
    resolve: (key: string) => (key === "logger" ? logger : key === "notification" ? notification : undefined),
  }
  return { container, logs }
}

const note = (channel: string, to: string) => ({ to, channel, template: "dealer-network.deviation-alert", data: {} })

describe("sendNotifications", () => {
  it("without a Notification module: sends nothing, logs, does not throw", async () => {
    const { container, logs } = fakeContainer({ registered: false })
    await expect(sendNotifications(container, [note("feed", ""), note("email", "a@b.example")])).resolves.toEqual({
      sent: 0,
      failed: 0,
      skipped: 2,
    })
    expect(logs[0]).toMatch(/no Notification module is registered; 2 notification\(s\) not sent/)
  })

  it("a channel without a provider fails only its own notifications", async () => {
    const { container, logs } = fakeContainer({
      registered: true,
      send: async (n) => {
        if (n.channel === "email") throw new Error("Could not find a notification provider for channel: email")
        return {}
      },
    })
    await expect(sendNotifications(container, [note("feed", ""), note("email", "a@b.example")])).resolves.toEqual({
      sent: 1,
      failed: 1,
      skipped: 0,
    })
    expect(logs[0]).toMatch(/on channel email to 'a@b\.example'/)
  })
})

describe("recipientsOf", () => {
  it("the admin feed, the admin e-mail when configured, and every owner", () => {
    const contact = { id: "dlr_1", code: "HUB", name: "Huber", owner_emails: ["o1@h.example", "o2@h.example"] }
    expect(recipientsOf(contact, "sales@maker.example")).toEqual([
      { to: "", channel: "feed", audience: "admin" },
      { to: "sales@maker.example", channel: "email", audience: "admin" },
      { to: "o1@h.example", channel: "email", audience: "dealer" },
      { to: "o2@h.example", channel: "email", audience: "dealer" },
    ])
    expect(recipientsOf(undefined, undefined)).toEqual([{ to: "", channel: "feed", audience: "admin" }])
  })
})
