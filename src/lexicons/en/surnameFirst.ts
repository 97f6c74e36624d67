/**
 * Common Chinese surnames, written first in a name ("Xi Jinping", "He Lifeng", "Wang Yi"): a
 * two-word person name starting with one of them is also referred to by its first word
 * ("Xi said", "Vice Premier He").
 */
export const SURNAME_FIRST = [
  "Bai", "Cai", "Cao", "Chen", "Cheng", "Dai", "Deng", "Ding", "Dong", "Du", "Fan", "Feng", "Fu", "Gao", "Guo", "Han",
  "He", "Hu", "Huang", "Jia", "Jiang", "Kong", "Li", "Liang", "Lin", "Liu", "Lu", "Luo", "Ma", "Mao", "Pan", "Peng",
  "Qin", "Qiu", "Ren", "Shen", "Song", "Su", "Sun", "Tang", "Tian", "Wang", "Wei", "Wu", "Xi", "Xia", "Xiao", "Xie",
  "Xu", "Yan", "Yang", "Ye", "Yu", "Yuan", "Zeng", "Zhang", "Zhao", "Zheng", "Zhong", "Zhou", "Zhu",
];
