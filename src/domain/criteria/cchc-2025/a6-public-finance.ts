import { area, percent, text, yesNo } from '../defaults.ts';

/** Area 6 of the 2025 plan: Cải cách tài chính công (plan §II.6, §III.6). */
export const A6 = area({
  id: 'A6',
  name: 'Cải cách tài chính công',
  nameEn: 'Public finance reform',
  lead: 'VP',
  criteria: [
    {
      id: 'A6.T1',
      // The plan writes "của của": a typo, written once here.
      text: 'Tiếp tục thực hiện có hiệu quả công tác quản lý, sử dụng tài sản công theo chỉ đạo của UBND tỉnh, đặc biệt là công tác tổng kiểm kê tài sản công.',
      textEn:
        'Manage and use public assets effectively as the province directs, notably the general inventory of public assets.',
      measure: yesNo,
      responsible: ['VP'],
      evidenceHint: 'Báo cáo tổng kiểm kê tài sản công; sổ theo dõi tài sản; báo cáo kê khai tài sản công.',
    },
    {
      id: 'A6.T2',
      text: 'Tiếp tục thực hiện quy định về việc sử dụng kinh phí nguồn từ ngân sách nhà nước của đơn vị hành chính và đơn vị sự nghiệp công lập đảm bảo.',
      textEn: 'Use state-budget funds of the administrative body and public-service units as required.',
      measure: yesNo,
      responsible: ['VP', 'TTKD'],
      evidenceHint: 'Dự toán, quyết toán ngân sách năm; biên bản kiểm tra, kiểm toán (nếu có).',
    },
    {
      id: 'A6.K1',
      text: 'Triển khai có hiệu quả Luật Ngân sách nhà nước, triển khai cơ chế tự chủ, cơ chế tự chịu trách nhiệm về nhiệm vụ, tổ chức bộ máy, biên chế và tài chính theo Nghị định 130/2005/NĐ-CP ngày 17/10/2005 của Chính phủ, Nghị định số 117/2013/NĐ-CP ngày 07/10/2013 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định 130/2005/NĐ-CP của Chính phủ quy định chế độ tự chủ, tự chịu trách nhiệm về sử dụng biên chế và kinh phí quản lý hành chính đối với các cơ quan nhà nước và quy định cơ chế tự chủ của đơn vị sự nghiệp công lập theo Nghị định số 16/2015/NĐ-CP ngày 14/02/2015 của Chính phủ.',
      textEn:
        'Apply the State Budget Law and the autonomy regimes of Decrees 130/2005, 117/2013 and 16/2015.',
      measure: text,
      responsible: ['VP'],
      evidenceHint: 'Phương án tự chủ tài chính; quyết định giao quyền tự chủ; báo cáo thực hiện.',
    },
    {
      id: 'A6.K2',
      // "Each" of the regulations, for the body and every subordinate unit: done over due.
      text: 'Tổ chức rà soát, bổ sung, sửa đổi Quy chế chi tiêu nội bộ, Quy chế quản lý và sử dụng tài sản công cơ quan, các đơn vị trực thuộc để quản lý, sử dụng có hiệu quả kinh phí quản lý hành chính, tiết kiệm, chống lãng phí.',
      textEn:
        'Review and update the internal spending rules and the public-asset rules of the body and its units.',
      measure: percent(
        'Số quy chế đã rà soát, sửa đổi, bổ sung',
        'Số quy chế phải rà soát (chi tiêu nội bộ, quản lý tài sản công của cơ quan và từng đơn vị)',
      ),
      comparator: '=',
      target: 100,
      responsible: ['VP', 'PCM'],
      evidenceHint:
        'Quy chế chi tiêu nội bộ, Quy chế quản lý và sử dụng tài sản công hiện hành và quyết định sửa đổi, bổ sung.',
    },
    {
      id: 'A6.K3',
      // "Each" of the duties (budget disclosure, anti-corruption plan, thrift plan): done over due.
      text: 'Công khai, minh bạch về quản lý ngân sách, thu chi tài chính; triển khai kế hoạch phòng chống tham nhũng, thực hành tiết kiệm, chống lãng phí.',
      textEn: 'Disclose budget and spending; carry out the anti-corruption and thrift plans.',
      measure: percent(
        'Số nội dung đã thực hiện',
        'Số nội dung phải thực hiện (công khai ngân sách, kế hoạch phòng chống tham nhũng, kế hoạch thực hành tiết kiệm, chống lãng phí)',
      ),
      comparator: '=',
      target: 100,
      responsible: ['VP'],
      evidenceHint:
        'Quyết định, biên bản công khai dự toán, quyết toán; kế hoạch và báo cáo phòng chống tham nhũng, thực hành tiết kiệm, chống lãng phí.',
    },
    {
      id: 'A6.K4',
      text: 'Thực hiện tốt các chế độ chính sách như tiền lương, chế độ phụ cấp, tiền thưởng, bảo hiểm xã hội,... đối với cán bộ, công chức, viên chức, người lao động.',
      textEn: 'Pay salaries, allowances, bonuses and social insurance as due.',
      measure: text,
      responsible: ['VP'],
      evidenceHint: 'Bảng lương, quyết định nâng lương, chứng từ nộp bảo hiểm xã hội.',
    },
    {
      // Second bullet of plan §III.6, which the domain notes (§5) leave out; numbered last to keep ids stable.
      id: 'A6.K5',
      text: 'Tăng cường tuyên truyền, nâng cao trách nhiệm và thực hiện đảm bảo các quy định về quản lý, sử dụng tài sản công.',
      textEn: 'Raise awareness and responsibility and follow the rules on managing and using public assets.',
      measure: yesNo,
      responsible: ['VP', 'PCM'],
      evidenceHint:
        'Văn bản phổ biến quy định về tài sản công; sổ theo dõi, biên bản bàn giao tài sản tại phòng, đơn vị.',
    },
  ],
});
