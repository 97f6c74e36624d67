/**
 * Branches of well-known armed groups that outlets name either by the branch or by the parent
 * ("ISIS-K" / "the Islamic State"). Written for dossier from general knowledge of news usage.
 * Each row: the branch's canonical name, its parent (as `KNOWN_ORGS` names it), then aliases.
 * Branches a text itself defines ("X, a branch of Y", "Y affiliate X") need no row here.
 */
export interface GroupBranch {
  branch: string;
  parent: string;
  aliases: string[];
}

export const GROUP_BRANCHES: GroupBranch[] = [
  { branch: "Islamic State Khorasan Province", parent: "Islamic State", aliases: ["ISIS-K", "ISIS K", "IS-K", "ISKP", "IS-KP", "ISIL-K", "Islamic State Khorasan", "Islamic State-Khorasan", "Islamic State in Khorasan"] },
  { branch: "Islamic State West Africa Province", parent: "Islamic State", aliases: ["ISWAP", "IS-WA"] },
  { branch: "Islamic State Sahel Province", parent: "Islamic State", aliases: ["IS-Sahel", "ISSP", "Islamic State in the Greater Sahara", "ISGS"] },
  { branch: "al-Qaeda in the Arabian Peninsula", parent: "al-Qaeda", aliases: ["AQAP", "al Qaeda in the Arabian Peninsula", "Al-Qaeda in the Arabian Peninsula"] },
  { branch: "al-Qaeda in the Islamic Maghreb", parent: "al-Qaeda", aliases: ["AQIM", "al Qaeda in the Islamic Maghreb"] },
  { branch: "Qassam Brigades", parent: "Hamas", aliases: ["Izz ad-Din al-Qassam Brigades", "al-Qassam Brigades", "Ezzedine al-Qassam Brigades", "Izz el-Deen al-Qassam Brigades"] },
  { branch: "al-Quds Brigades", parent: "Islamic Jihad", aliases: ["Al-Quds Brigades", "Quds Brigades"] },
];
