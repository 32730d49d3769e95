import fs from "fs"

// Linux's /proc: a process's user and system CPU time, in clock ticks of 10 ms.
const TICK_MS = 10
const PROCESS_GROUP_FIELD = 4
const USER_TIME_FIELD = 13
const SYSTEM_TIME_FIELD = 14

/** The fields of /proc/<pid>/stat (the command name may hold spaces): proc(5)'s field n at index n - 1. */
function statFields(pid: string): string[] | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8")
    return [pid, "comm", ...stat.slice(stat.lastIndexOf(")") + 2).split(" ")]
  } catch {
    return null // gone since the listing
  }
}

/** CPU time (user + system, ms) used so far by the processes of one process group: a server and any process it started. */
export function processGroupCpuMs(groupId: number): number {
  let ticks = 0
  for (const pid of fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    const fields = statFields(pid)
    if (fields && Number(fields[PROCESS_GROUP_FIELD]) === groupId) {
      ticks += Number(fields[USER_TIME_FIELD]) + Number(fields[SYSTEM_TIME_FIELD])
    }
  }
  return ticks * TICK_MS
}
