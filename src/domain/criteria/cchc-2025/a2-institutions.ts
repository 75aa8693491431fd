import { area, count, percent, text } from '../defaults.ts';

/** Area 2 of the 2025 plan: Cải cách thể chế (plan §II.2, §III.2). */
export const A2 = area({
  id: 'A2',
  name: 'Cải cách thể chế',
  nameEn: 'Institutional reform',
  lead: 'VP',
  criteria: [
    {
      id: 'A2.T1',
      text: 'Phấn đấu 100% văn bản quy phạm pháp luật (QPPL) do Sở tham mưu trình cấp có thẩm quyền ban hành đảm bảo đúng quy định, phù hợp với quy định của Trung ương, đáp ứng yêu cầu phát triển kinh tế - xã hội của tỉnh.',
      textEn:
        'Strive for all legal normative documents drafted by the Department to be lawful, consistent with central rules and fit for provincial development.',
      measure: percent(
        'Số văn bản QPPL tham mưu đạt yêu cầu',
        'Số văn bản QPPL Sở tham mưu trình ban hành trong năm',
      ),
      comparator: '=',
      target: 100,
      strive: true,
      responsible: ['VP', 'PCM'],
      evidenceHint: 'Hồ sơ dự thảo văn bản QPPL; báo cáo thẩm định của Sở Tư pháp; văn bản đã được ban hành.',
    },
    {
      id: 'A2.T2',
      text: '100% các văn bản quy phạm pháp luật thuộc lĩnh vực khoa học và công nghệ đã ban hành được tự kiểm tra, rà soát để kịp thời phát hiện và xử lý các quy định chồng chéo, mâu thuẫn, trái pháp luật, hết hiệu lực hoặc không còn phù hợp.',
      textEn:
        'All issued science and technology legal documents are self-checked and reviewed for overlaps, conflicts and obsolete rules.',
      measure: percent(
        'Số văn bản QPPL đã tự kiểm tra, rà soát',
        'Số văn bản QPPL lĩnh vực KH&CN đã ban hành thuộc phạm vi rà soát',
      ),
      comparator: '=',
      target: 100,
      responsible: ['VP', 'PCM'],
      evidenceHint: 'Báo cáo, danh mục kết quả tự kiểm tra, rà soát văn bản QPPL; văn bản kiến nghị xử lý.',
    },
    {
      id: 'A2.K1',
      text: 'Chủ động, nâng cao chất lượng công tác xây dựng văn bản, tham mưu UBND tỉnh hoàn thiện hệ thống văn bản QPPL về lĩnh vực khoa học và công nghệ trên địa bàn tỉnh, đảm bảo tính hợp pháp, đồng bộ, thống nhất.',
      textEn: 'Improve drafting and help the province complete its science and technology legal framework.',
      measure: text,
      responsible: ['VP', 'PCM'],
      evidenceHint: 'Dự thảo, tờ trình văn bản QPPL trong năm; ý kiến thẩm định và việc tiếp thu.',
    },
    {
      id: 'A2.K2',
      text: 'Thực hiện rà soát, hệ thống hóa văn bản QPPL theo đúng thẩm quyền để tham mưu bãi bỏ, sửa đổi, xây dựng văn bản QPPL thuộc phạm vi chức năng quản lý của Sở đảm bảo đúng trình tự ban hành theo Luật Ban hành văn bản quy phạm pháp luật năm 2015 và đảm bảo tính khả thi cao trong triển khai thực hiện. Tăng cường tự kiểm tra, rà soát, kịp thời phát hiện và xử lý các quy định chồng chéo, mâu thuẫn, trái pháp luật.',
      textEn:
        'Review and systematise legal documents and propose repeals or amendments under the 2015 Law on legal documents.',
      measure: count('văn bản được rà soát, hệ thống hóa'),
      responsible: ['PCM', 'VP'],
      evidenceHint: 'Kết quả rà soát, hệ thống hóa văn bản QPPL; văn bản đề xuất bãi bỏ, sửa đổi.',
    },
    {
      id: 'A2.K3',
      text: 'Thực hiện theo dõi thi hành pháp luật nhằm xem xét, đánh giá thực trạng thi hành pháp luật, kiến nghị các giải pháp với cơ quan có thẩm quyền nâng cao hiệu quả thi hành pháp luật.',
      textEn: 'Monitor law enforcement and recommend improvements to the competent bodies.',
      measure: text,
      responsible: ['VP'],
      evidenceHint: 'Kế hoạch và báo cáo theo dõi tình hình thi hành pháp luật năm 2025.',
    },
    {
      id: 'A2.K4',
      text: 'Tiếp tục tuyên truyền, phổ biến các văn bản của Trung ương, của tỉnh đến toàn thể cán bộ, công chức, viên chức và người lao động thông qua các Hội nghị, các cuộc họp, qua Hệ thống quản lý văn bản và điều hành, trang Thông tin điện tử của Sở.',
      textEn:
        'Disseminate central and provincial documents to all staff through meetings, the document system and the website.',
      measure: count('văn bản được phổ biến'),
      responsible: ['VP', 'PCM'],
      evidenceHint:
        'Biên bản hội nghị, cuộc họp phổ biến văn bản; văn bản chuyển qua Hệ thống quản lý văn bản; tin đăng trên Trang thông tin điện tử.',
    },
  ],
});
