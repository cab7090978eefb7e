/**
 * What a stage is called where its name is shown: its name, or `unnamed` (the UI's "Unnamed stage") when
 * the name is empty or only spaces, which would otherwise show as nothing ("Delete the stage “”?").
 */
export function stageLabel(name: string, unnamed: string): string {
  return name.trim() === '' ? unnamed : name;
}
