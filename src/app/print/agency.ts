/** The issuing agency and its parent, as the header of every printed document names them (NĐ 30, box 2). */
export const PARENT_AGENCY = 'UBND TỈNH LAI CHÂU';
export const AGENCY = 'SỞ KHOA HỌC VÀ CÔNG NGHỆ';
