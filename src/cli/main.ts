/** CLI entry point (placeholder; commands are added one file each). */
export async function main(argv: string[]): Promise<number> {
  void argv;
  return 0;
}
