import { createGardenService } from '../../garden/service';
import { defaultUserDataDir } from '../../garden/user-data';
import { startHttpDoor } from '../../server/http-door';
import type { CliIo } from '../io';
import { projectPaths } from '../project-paths';

export interface ServeOptions {
  root?: string;
  port?: number;
}

export async function serveCommand(options: ServeOptions, io: CliIo): Promise<number> {
  const { resourcesDir, rendererDir } = projectPaths();
  const service = await createGardenService({
    userDataDir: defaultUserDataDir(),
    resourcesDir,
    ...(options.root ? { initialRoot: options.root } : {}),
  });
  const info = await service.call('garden.info', {});
  const door = await startHttpDoor({ service, rendererDir, ...(options.port !== undefined ? { port: options.port } : {}) });
  if (info.ok) io.out(`PLN Garden: serving "${info.value.name}" (${info.value.plantCount} plants) from ${info.value.root}`);
  io.out(`Open ${door.url}`);
  io.out('Press Ctrl+C to stop.');
  await new Promise<void>((resolve) => {
    const stop = () => void door.close().then(() => service.close()).finally(resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
