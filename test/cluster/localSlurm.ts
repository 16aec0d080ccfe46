import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { onPath, type DebianPackage } from '../../scripts/setup/debianPackages';
import { freePort } from '../../scripts/start/freePort';

/** Debian's Slurm (controller, node daemon, client commands) and MUNGE, its authentication. */
export const SLURM_PACKAGES: readonly DebianPackage[] = [
  { name: 'slurm-wlm', isInstalled: () => ['slurmctld', 'slurmd', 'sbatch', 'squeue', 'scontrol'].every(onPath) },
  { name: 'munge', isInstalled: () => ['munged', 'mungekey'].every(onPath) },
];

/**
 * A single-node Slurm cluster of this machine, made from nothing in a folder: its own MUNGE key and
 * daemon, slurmctld and slurmd as root on free ports of 127.0.0.1, one partition with every core.
 * Nothing outside the folder is read or changed (no /etc/slurm, no system munged); stop() ends the
 * three daemons it started, by their process ids.
 */
export class LocalSlurm {
  private constructor(
    readonly dir: string,
    private readonly daemons: ChildProcess[],
    /** The environment for the client commands (sbatch, squeue, scontrol): SLURM_CONF. */
    readonly env: NodeJS.ProcessEnv,
  ) {}

  static async start(dir: string): Promise<LocalSlurm> {
    const munge = path.join(dir, 'munge');
    for (const sub of ['munge', 'state', 'spool']) mkdirSync(path.join(dir, sub), { recursive: true });
    chmodSync(munge, 0o700);
    const socket = path.join(munge, 'munge.socket');
    run('mungekey', ['--create', '--keyfile', path.join(munge, 'munge.key')]);
    const host = os.hostname().split('.')[0];
    const conf = path.join(dir, 'slurm.conf');
    writeFileSync(conf, slurmConf({ dir, host, socket, cpus: os.availableParallelism(), memoryMb: Math.floor((os.totalmem() / 1048576) * 0.9), ctldPort: await freePort(), slurmdPort: await freePort() }));
    const env = { ...process.env, SLURM_CONF: conf };
    const log = (name: string) => openSync(path.join(dir, `${name}.out`), 'a');
    const daemons: ChildProcess[] = [];
    const slurm = new LocalSlurm(dir, daemons, env);
    try {
      daemons.push(spawn('munged', ['--foreground', '--force', `--key-file=${path.join(munge, 'munge.key')}`, `--socket=${socket}`,
        `--pid-file=${path.join(munge, 'munged.pid')}`, `--log-file=${path.join(munge, 'munged.log')}`, `--seed-file=${path.join(munge, 'munged.seed')}`],
      { stdio: ['ignore', log('munged'), log('munged')] }));
      await until(() => existsSync(socket), 10_000, `munged did not create its socket (${path.join(munge, 'munged.log')})`);
      daemons.push(spawn('slurmctld', ['-D', '-i'], { env, stdio: ['ignore', log('slurmctld'), log('slurmctld')] }));
      daemons.push(spawn('slurmd', ['-D'], { env, stdio: ['ignore', log('slurmd'), log('slurmd')] }));
      await until(() => slurm.query('sinfo', ['-h', '-o', '%T']).trim() === 'idle', 60_000, `the node did not become idle (logs in ${dir})`);
      return slurm;
    } catch (error) {
      await slurm.stop();
      throw error;
    }
  }

  /** sbatch --parsable …: the job id. */
  submit(args: readonly string[], env: NodeJS.ProcessEnv = {}): string {
    return run('sbatch', ['--parsable', ...args], { ...this.env, ...env }).trim().split(';')[0];
  }

  /** Waits until none of the jobs is pending or running any more. */
  async waitFor(jobs: readonly string[], timeoutMs: number): Promise<void> {
    await until(() => this.query('squeue', ['-h', '-j', jobs.join(','), '-o', '%i']).trim() === '', timeoutMs, `jobs ${jobs.join(', ')} did not finish in ${timeoutMs / 1000} s`);
  }

  /** The state of every task of a job (an array job has one per array task), e.g. COMPLETED. */
  states(job: string): string[] {
    return [...this.query('scontrol', ['show', 'job', job]).matchAll(/JobState=(\S+)/g)].map((m) => m[1]);
  }

  query(command: string, args: readonly string[]): string {
    const result = spawnSync(command, args, { env: this.env, encoding: 'utf8' });
    return result.status === 0 ? result.stdout : '';
  }

  async stop(): Promise<void> {
    await Promise.all(this.daemons.reverse().map((daemon) => new Promise<void>((resolve) => {
      if (daemon.exitCode !== null || daemon.signalCode !== null) return resolve();
      daemon.once('exit', () => resolve());
      daemon.kill('SIGTERM');
    })));
  }
}

function slurmConf(o: { dir: string; host: string; socket: string; cpus: number; memoryMb: number; ctldPort: number; slurmdPort: number }): string {
  const file = (name: string) => path.join(o.dir, name);
  return `# A single-node cluster on 127.0.0.1 for the cluster test; root runs both daemons.
ClusterName=clinicalner
SlurmctldHost=${o.host}(127.0.0.1)
SlurmctldPort=${o.ctldPort}
SlurmdPort=${o.slurmdPort}
AuthType=auth/munge
AuthInfo=socket=${o.socket}
CredType=cred/munge
SlurmUser=root
SlurmdUser=root
StateSaveLocation=${file('state')}
SlurmdSpoolDir=${file('spool')}
SlurmctldPidFile=${file('slurmctld.pid')}
SlurmdPidFile=${file('slurmd.pid')}
SlurmctldLogFile=${file('slurmctld.log')}
SlurmdLogFile=${file('slurmd.log')}
# no cgroups in a container: track processes by their parent, bind no tasks
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU_Memory
SchedulerType=sched/backfill
ReturnToService=2
MpiDefault=none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SwitchType=switch/none
NodeName=${o.host} NodeAddr=127.0.0.1 CPUs=${o.cpus} RealMemory=${o.memoryMb} State=UNKNOWN
PartitionName=notes Nodes=ALL Default=YES MaxTime=INFINITE State=UP
`;
}

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): string {
  const result = spawnSync(command, args, { env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.error?.message ?? result.stderr.trim()}`);
  return result.stdout;
}

async function until(condition: () => boolean, timeoutMs: number, failure: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(failure);
    await sleep(250);
  }
}
