/** Runs the command line in process, capturing what it writes. */
import { main } from "../../cli/main";

export async function runMain(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, { stdout: (text) => void (out += text), stderr: (text) => void (err += text) });
  return { code, out, err };
}
