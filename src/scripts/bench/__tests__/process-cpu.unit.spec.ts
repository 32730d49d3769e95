import fs from "fs"
import { processGroupCpuMs } from "../process-cpu"

const ownProcessGroup = () => {
  const stat = fs.readFileSync("/proc/self/stat", "utf8")
  return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2])
}

function burnCpu(ms: number) {
  const until = process.cpuUsage().user / 1000 + ms
  while (process.cpuUsage().user / 1000 < until) Math.sqrt(Math.random())
}

describe("processGroupCpuMs", () => {
  it("counts the CPU time this process spends, in the group it belongs to", () => {
    const group = ownProcessGroup()
    const before = processGroupCpuMs(group)
    burnCpu(300)
    const spent = processGroupCpuMs(group) - before
    // 10 ms ticks, and other processes of the group may run meanwhile: at least what was burnt, less a tick or two.
    expect(spent).toBeGreaterThanOrEqual(280)
  })

  it("counts nothing for a group no process belongs to", () => {
    expect(processGroupCpuMs(2 ** 22 + 1)).toBe(0)
  })
})
