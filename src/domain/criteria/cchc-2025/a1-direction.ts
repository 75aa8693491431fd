import { area, count, percent, text, yesNo } from '../defaults.ts';

/** Area 1 of the 2025 plan: Công tác chỉ đạo, điều hành (plan §II.1, §III.1). */
export const A1 = area({
  id: 'A1',
  name: 'Công tác chỉ đạo, điều hành',
  nameEn: 'Direction and management',
  lead: 'VP',
  criteria: [
    {
      id: 'A1.T1',
      text: 'Hoàn thành đúng tiến độ, chất lượng việc tự đánh giá, chấm điểm Chỉ số CCHC năm 2024 của Sở theo quy định.',
      textEn:
        "Complete the self-assessment and scoring of the Department's 2024 CCHC index on time and to quality.",
      measure: yesNo,
      responsible: ['VP', 'TTKD'],
      evidenceHint:
        'Báo cáo tự đánh giá, chấm điểm Chỉ số CCHC năm 2024 kèm tài liệu kiểm chứng; văn bản gửi Sở Nội vụ và ngày gửi so với thời hạn.',
    },
    {
      id: 'A1.T2',
      text: 'Tổ chức kiểm tra CCHC ít nhất 20% phòng, đơn vị trực thuộc Sở.',
      textEn: 'Inspect CCHC work at no fewer than 20% of the divisions and units under the Department.',
      measure: percent('Số phòng, đơn vị được kiểm tra trong năm', 'Tổng số phòng, đơn vị trực thuộc Sở'),
      comparator: '>=',
      target: 20,
      responsible: ['VP'],
      evidenceHint: 'Kế hoạch kiểm tra CCHC năm 2025; biên bản, thông báo kết luận của từng cuộc kiểm tra.',
    },
    {
      id: 'A1.T3',
      text: 'Chấp hành hoặc tự kiểm tra công tác CCHC năm 2024 của Sở theo kế hoạch kiểm tra công tác CCHC năm 2024 của UBND tỉnh.',
      textEn:
        "Undergo, or self-inspect, the Department's 2024 CCHC work under the province's 2024 inspection plan.",
      measure: yesNo,
      responsible: ['VP'],
      evidenceHint:
        'Báo cáo tự kiểm tra hoặc biên bản, kết luận kiểm tra của UBND tỉnh; báo cáo khắc phục sau kiểm tra.',
    },
    {
      id: 'A1.K1',
      text: 'Đẩy mạnh công tác tuyên truyền cải cách hành chính trên Trang thông tin điện tử của Sở, trong các cuộc họp, trên Hệ thống quản lý văn bản và điều hành nhằm nâng cao nhận thức của công chức, viên chức và lao động về công tác cải cách hành chính.',
      textEn: 'Promote CCHC on the Department website, in meetings and on the document management system.',
      measure: count('tin, bài, lượt tuyên truyền'),
      responsible: ['TTKD', 'VP', 'PCM'],
      evidenceHint:
        'Tin, bài về CCHC trên Trang thông tin điện tử; biên bản họp có nội dung CCHC; văn bản phổ biến qua Hệ thống quản lý văn bản.',
    },
    {
      id: 'A1.K2',
      text: 'Tiếp tục triển khai đồng bộ các nội dung cải cách hành chính theo quy định; phấn đấu hoàn thành các mục tiêu, nhiệm vụ cải cách hành chính theo Kế hoạch đề ra.',
      textEn: 'Implement all CCHC contents as required and strive to meet the targets and tasks of the plan.',
      measure: text,
      responsible: ['VP'],
      evidenceHint:
        'Báo cáo CCHC định kỳ của phòng, đơn vị; đối chiếu tiến độ các nhiệm vụ trong phụ lục Kế hoạch.',
    },
    {
      id: 'A1.K3',
      text: 'Chỉ đạo việc xây dựng, ban hành và triển khai kế hoạch kiểm tra cải cách hành chính, kế hoạch tuyên truyền về CCHC và các kế hoạch khác liên quan đến công tác CCHC theo chỉ đạo, hướng dẫn của cấp có thẩm quyền.',
      textEn:
        'Issue and carry out the CCHC inspection plan, the CCHC communication plan and the other CCHC plans.',
      measure: percent('Số kế hoạch đã ban hành và triển khai', 'Số kế hoạch phải ban hành'),
      comparator: '=',
      target: 100,
      responsible: ['VP', 'TTKD'],
      evidenceHint:
        'Kế hoạch kiểm tra CCHC, kế hoạch tuyên truyền CCHC năm 2025 và các kế hoạch CCHC khác đã ký ban hành.',
    },
    {
      id: 'A1.K4',
      text: 'Thực hiện kịp thời, đầy đủ chế độ thông tin báo cáo công tác CCHC theo quy định.',
      textEn: 'Send periodic and ad-hoc CCHC reports fully and on time.',
      measure: percent('Số báo cáo gửi đúng hạn', 'Số báo cáo phải gửi (định kỳ, đột xuất)'),
      comparator: '=',
      target: 100,
      responsible: ['VP'],
      evidenceHint:
        'Sổ theo dõi văn bản đi; ngày gửi từng báo cáo CCHC so với thời hạn của Sở Nội vụ, UBND tỉnh.',
    },
  ],
});
