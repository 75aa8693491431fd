import { area, percent, text, yesNo } from '../defaults.ts';

/** Area 7 of the 2025 plan: Xây dựng và phát triển chính quyền điện tử, chính quyền số (§II.7, §III.7, §IV.3). */
export const A7 = area({
  id: 'A7',
  name: 'Xây dựng và phát triển chính quyền điện tử, chính quyền số',
  nameEn: 'E-government and digital government',
  lead: 'TTKD',
  criteria: [
    {
      id: 'A7.T1',
      text: 'Phấn đấu 100% văn bản được gửi, nhận trên Hệ thống quản lý văn bản (trừ các văn bản thuộc phạm vi bí mật nhà nước).',
      textEn:
        'Strive for all documents, except state secrets, to be sent and received on the document management system.',
      measure: percent(
        'Số văn bản đi, đến qua Hệ thống quản lý văn bản',
        'Tổng số văn bản đi, đến không thuộc bí mật nhà nước',
      ),
      comparator: '=',
      target: 100,
      strive: true,
      responsible: ['TTKD', 'VP'],
      evidenceHint:
        'Thống kê văn bản đi, đến trên Hệ thống quản lý văn bản và điều hành so với sổ đăng ký văn bản.',
    },
    {
      id: 'A7.T2',
      text: 'Phấn đấu 90% hồ sơ công việc được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước).',
      textEn: 'Strive for 90% of work files, except state secrets, to be processed online.',
      measure: percent(
        'Số hồ sơ công việc xử lý trên môi trường mạng',
        'Tổng số hồ sơ công việc không thuộc bí mật nhà nước',
      ),
      comparator: '>=',
      target: 90,
      strive: true,
      responsible: ['TTKD', 'PCM'],
      evidenceHint: 'Thống kê hồ sơ công việc trên Hệ thống quản lý văn bản và điều hành.',
    },
    {
      id: 'A7.K1',
      text: 'Tổ chức thực hiện hoàn thành mục tiêu, nhiệm vụ kế hoạch chuyển đổi số năm 2025 của Sở đảm bảo. Tăng cường ứng dụng công nghệ thông tin trong xử lý công việc; đảm bảo an toàn thông tin trong chuyển đổi số, xây dựng chính quyền số.',
      textEn: "Deliver the Department's 2025 digital transformation plan and use IT safely in daily work.",
      measure: yesNo,
      responsible: ['TTKD'],
      evidenceHint: 'Kế hoạch chuyển đổi số năm 2025 và báo cáo kết quả thực hiện.',
    },
    {
      id: 'A7.K2',
      text: 'Thực hiện chữ ký số trong phát hành văn bản, tăng cường sử dụng văn bản điện tử, hạn chế sử dụng văn bản giấy.',
      textEn: 'Sign documents digitally, use electronic documents and less paper.',
      measure: text,
      responsible: ['TTKD', 'VP'],
      evidenceHint: 'Văn bản phát hành có chữ ký số; tỷ lệ văn bản giấy còn sử dụng.',
    },
    {
      id: 'A7.K3',
      text: 'Tiếp tục duy trì và thực hiện có hiệu quả phần mềm Hệ thống quản lý văn bản và điều hành, Trang thông tin điện tử của Sở… Góp phần thực hiện thành công kiến trúc chính quyền điện tử của tỉnh và thực hiện chuyển đổi số theo lộ trình chung của tỉnh.',
      textEn: 'Keep the document management system and the Department website running well.',
      measure: yesNo,
      responsible: ['TTKD'],
      evidenceHint:
        'Hệ thống quản lý văn bản và điều hành, Trang thông tin điện tử hoạt động; tin bài cập nhật thường xuyên.',
    },
    {
      id: 'A7.K4',
      text: 'Đảm bảo an toàn, an ninh thông tin cho hệ thống máy chủ, các thiết bị phần cứng, thiết bị an toàn, an ninh thông tin cho các hệ thống thông tin, trang thông tin của Sở, đề xuất cấp độ an toàn thông tin tương ứng đối với các hệ thống thông tin theo quy định.',
      textEn: 'Secure servers, hardware and information systems and propose their security levels.',
      measure: yesNo,
      responsible: ['TTKD'],
      evidenceHint:
        'Hồ sơ đề xuất cấp độ an toàn hệ thống thông tin; nhật ký, biên bản kiểm tra an toàn thông tin.',
    },
    {
      // From plan §IV.3 (the Centre's duties), as in the domain notes (§5).
      id: 'A7.K5',
      text: 'Phối hợp với Văn phòng Sở tham mưu thực hiện đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024 nội dung về thông tin tuyên truyền CCHC và xây dựng và phát triển chính quyền điện tử, chính quyền số.',
      textEn: 'Help the Office self-score the 2024 CCHC index for communication and e-/digital government.',
      measure: yesNo,
      responsible: ['TTKD'],
      evidenceHint:
        'Phần tự chấm điểm về tuyên truyền CCHC và chính quyền điện tử, chính quyền số kèm tài liệu kiểm chứng.',
    },
  ],
});
