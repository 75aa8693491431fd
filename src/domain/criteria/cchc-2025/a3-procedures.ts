import { area, count, percent, text, yesNo } from '../defaults.ts';

/** Where the plan leaves a target to the province (A3.T3, A3.T4): null until set at adoption. */
const PROVINCE_2025 = 'Chỉ tiêu UBND tỉnh giao năm 2025';

/** Area 3 of the 2025 plan: Cải cách thủ tục hành chính (plan §II.3, §III.3, §IV.1). */
export const A3 = area({
  id: 'A3',
  name: 'Cải cách thủ tục hành chính',
  nameEn: 'Administrative procedure reform',
  lead: 'VP',
  criteria: [
    {
      id: 'A3.T1',
      // The plan repeats "số hóa" ("số hóa số hóa"): a typo, written once here.
      text: 'Tỷ lệ hồ sơ TTHC được tiếp nhận và thực hiện số hóa thành phần hồ sơ đạt tối thiểu 90%.',
      textEn: 'At least 90% of received procedure files have their components digitised.',
      measure: percent('Số hồ sơ được số hóa thành phần hồ sơ', 'Số hồ sơ TTHC tiếp nhận'),
      comparator: '>=',
      target: 90,
      responsible: ['PCM', 'VP'],
      evidenceHint:
        'Số liệu trên Hệ thống thông tin giải quyết TTHC tỉnh (ngày chốt số liệu, ảnh chụp màn hình).',
    },
    {
      id: 'A3.T2',
      text: 'Tỷ lệ hồ sơ thủ tục hành chính có cấp kết quả điện tử giải quyết TTHC đạt 100%.',
      textEn: 'All procedure files receive an electronic result.',
      measure: percent('Số hồ sơ có cấp kết quả điện tử', 'Số hồ sơ TTHC đã giải quyết'),
      comparator: '=',
      target: 100,
      responsible: ['PCM'],
      evidenceHint:
        'Số liệu trên Hệ thống thông tin giải quyết TTHC tỉnh; đối chiếu một số hồ sơ có kết quả điện tử.',
    },
    {
      id: 'A3.T3',
      text: 'Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia trên tổng số giao dịch thanh toán của dịch vụ công đạt theo chỉ tiêu giao của UBND tỉnh năm 2025.',
      textEn:
        "Online payments on the national public-service portal reach the province's 2025 quota of all public-service payments.",
      measure: percent('Số giao dịch thanh toán trực tuyến', 'Tổng số giao dịch thanh toán của dịch vụ công'),
      comparator: '>=',
      target: null,
      targetSource: PROVINCE_2025,
      responsible: ['PCM', 'VP'],
      evidenceHint:
        'Số liệu thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia; văn bản giao chỉ tiêu của UBND tỉnh.',
    },
    {
      id: 'A3.T4',
      text: 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính đạt theo chỉ tiêu giao của UBND tỉnh năm 2025.',
      textEn: "Online filings reach the province's 2025 quota of all received procedure files.",
      measure: percent('Số hồ sơ trực tuyến', 'Tổng số hồ sơ tiếp nhận, giải quyết TTHC'),
      comparator: '>=',
      target: null,
      targetSource: PROVINCE_2025,
      responsible: ['PCM', 'VP'],
      evidenceHint:
        'Số liệu hồ sơ trực tuyến trên Hệ thống thông tin giải quyết TTHC tỉnh; văn bản giao chỉ tiêu của UBND tỉnh.',
    },
    {
      id: 'A3.T5',
      text: 'Tỷ lệ dịch vụ công trực tuyến toàn trình phát sinh hồ sơ đạt tối thiểu 80%.',
      textEn: 'At least 80% of end-to-end online public services actually receive files.',
      measure: percent(
        'Số dịch vụ công trực tuyến toàn trình có phát sinh hồ sơ',
        'Số dịch vụ công trực tuyến toàn trình của Sở',
      ),
      comparator: '>=',
      target: 80,
      responsible: ['PCM', 'VP'],
      evidenceHint:
        'Danh mục dịch vụ công trực tuyến toàn trình và số hồ sơ phát sinh của từng dịch vụ trong năm.',
    },
    {
      id: 'A3.T6',
      text: 'Phấn đấu 100% dịch vụ công trực tuyến thuộc thẩm quyền giải quyết của Sở được tích hợp, công bố công khai và đồng bộ thông tin tiếp nhận, xử lý hồ sơ giữa Hệ thống thông tin giải quyết TTHC tỉnh và cổng dịch vụ công quốc gia.',
      textEn:
        'Strive for all online services of the Department to be integrated, published and synchronised between the provincial system and the national portal.',
      measure: percent(
        'Số dịch vụ công trực tuyến đã tích hợp, công khai, đồng bộ',
        'Số dịch vụ công trực tuyến thuộc thẩm quyền của Sở',
      ),
      comparator: '=',
      target: 100,
      strive: true,
      responsible: ['VP', 'TTKD'],
      evidenceHint:
        'Đối chiếu danh mục dịch vụ công của Sở trên Hệ thống thông tin giải quyết TTHC tỉnh và Cổng Dịch vụ công quốc gia.',
    },
    {
      id: 'A3.T7',
      text: '100% TTHC nội bộ trong hệ thống cơ quan hành chính nhà nước thuộc phạm vi quản lý được rà soát và có đề xuất phương án đơn giản hóa theo quy định.',
      textEn: 'All internal procedures in scope are reviewed and have a simplification proposal.',
      measure: percent(
        'Số TTHC nội bộ đã rà soát và có phương án đơn giản hóa',
        'Số TTHC nội bộ thuộc phạm vi quản lý',
      ),
      comparator: '=',
      target: 100,
      responsible: ['PCM', 'VP'],
      evidenceHint: 'Danh mục TTHC nội bộ; báo cáo rà soát và phương án đơn giản hóa đã gửi.',
    },
    {
      id: 'A3.T8',
      // The plan drops a word ("người dân, doanh đạt"): restored as "doanh nghiệp".
      text: 'Mức độ hài lòng trong tiếp nhận, giải quyết TTHC của người dân, doanh nghiệp đạt tối thiểu 90% (tính theo Bộ Chỉ số Phục vụ người dân, doanh nghiệp trong thực hiện TTHC, cung cấp dịch vụ công).',
      textEn:
        'Citizen and business satisfaction with procedure handling is at least 90% (service index of Decision 766/QĐ-TTg).',
      measure: percent('Số lượt đánh giá hài lòng', 'Tổng số lượt đánh giá'),
      comparator: '>=',
      target: 90,
      responsible: ['VP', 'PCM'],
      evidenceHint:
        'Chỉ số hài lòng theo Bộ Chỉ số phục vụ (QĐ 766/QĐ-TTg) trên Cổng Dịch vụ công quốc gia: ghi giá trị, ngày chốt, ảnh chụp màn hình.',
    },
    {
      id: 'A3.T9',
      text: 'Phấn đấu đạt 100% tỷ lệ hồ sơ TTHC tiếp nhận trong năm được giải quyết đúng hạn và trước hạn.',
      textEn: 'Strive for all procedure files received in the year to be resolved on time or early.',
      measure: percent('Số hồ sơ giải quyết đúng hạn và trước hạn', 'Số hồ sơ TTHC đã giải quyết'),
      comparator: '=',
      target: 100,
      strive: true,
      responsible: ['PCM'],
      evidenceHint:
        'Thống kê trước hạn, đúng hạn, trễ hạn trên Hệ thống thông tin giải quyết TTHC tỉnh; văn bản xin lỗi với hồ sơ trễ hạn.',
    },
    {
      id: 'A3.T10',
      text: '100% phản ánh, kiến nghị của cá nhân, tổ chức đối với TTHC thuộc thẩm quyền giải quyết của tỉnh được xử lý đúng quy định.',
      textEn: 'All feedback from individuals and organisations on procedures is handled as required.',
      measure: percent('Số phản ánh, kiến nghị được xử lý đúng quy định', 'Số phản ánh, kiến nghị tiếp nhận'),
      comparator: '=',
      target: 100,
      responsible: ['VP', 'PCM'],
      evidenceHint: 'Sổ theo dõi phản ánh, kiến nghị; văn bản trả lời và thời hạn xử lý.',
    },
    {
      id: 'A3.K1',
      text: 'Thực hiện nghiêm túc các chủ trương, định hướng về cải cách TTHC của Chính phủ, Thủ tướng Chính phủ, Tỉnh ủy, HĐND, UBND tỉnh; xây dựng kế hoạch kiểm soát, rà soát, đơn giản hóa thủ tục hành chính năm 2025 của Sở.',
      textEn:
        'Follow central and provincial direction on procedure reform; issue the 2025 plan for procedure control and simplification.',
      measure: yesNo,
      responsible: ['VP'],
      evidenceHint: 'Kế hoạch kiểm soát, rà soát, đơn giản hóa TTHC năm 2025 của Sở đã ký ban hành.',
    },
    {
      id: 'A3.K2',
      text: 'Thực hiện rà soát các quy định về TTHC để tham mưu UBND tỉnh Quyết định: Công bố danh mục các thủ tục hành chính mới ban hành, danh mục TTHC sửa đổi, bổ sung, danh mục TTHC bị bãi bỏ thuộc phạm vi chức năng quản lý của Sở theo đúng quy định về kiểm soát TTHC. Thường xuyên, kịp thời cập nhật, công khai TTHC dưới các hình thức khác nhau, tạo thuận lợi cho người dân, tổ chức tìm hiểu và thực hiện.',
      textEn:
        'Review procedures and propose publication decisions for new, amended and repealed procedures; keep procedures published.',
      measure: count('TTHC được rà soát, công bố, cập nhật'),
      responsible: ['PCM', 'VP'],
      evidenceHint:
        'Dự thảo, quyết định công bố danh mục TTHC; quy trình nội bộ; việc niêm yết, công khai TTHC tại nơi tiếp nhận và trên mạng.',
    },
    {
      id: 'A3.K3',
      text: 'Đẩy mạnh việc ứng dụng công nghệ thông tin trong giải quyết TTHC, nâng cao tỷ lệ hồ sơ trực tuyến, thanh toán trực tuyến, tỷ lệ hồ sơ được số hóa kết quả giải quyết; tăng cường kỷ luật, kỷ cương hành chính, đổi mới phương thức, lề lối làm việc, kiên quyết xử lý theo đúng quy định cán bộ, công chức, viên chức có hành vi nhũng nhiễu, tiêu cực, tự ý đặt ra TTHC, các thành phần không đúng quy định.',
      textEn:
        'Use IT in procedure handling and discipline staff who harass applicants or invent requirements.',
      measure: text,
      responsible: ['PCM', 'VP'],
      evidenceHint:
        'Tình hình ứng dụng CNTT trong giải quyết TTHC; các trường hợp vi phạm và việc xử lý (nếu có).',
    },
    {
      id: 'A3.K4',
      text: 'Thực hiện các giải pháp nâng cao chất lượng phục vụ, mức độ hài lòng của người dân, doanh nghiệp. Theo dõi, tổng hợp kết quả đánh giá chất lượng phục vụ người dân, doanh nghiệp trong giải quyết TTHC, cung cấp dịch vụ công theo Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ.',
      textEn: 'Improve service quality and track the service-quality results of Decision 766/QĐ-TTg.',
      measure: text,
      responsible: ['VP'],
      evidenceHint:
        'Báo cáo theo dõi, tổng hợp kết quả Bộ Chỉ số phục vụ theo QĐ 766/QĐ-TTg và giải pháp khắc phục.',
    },
    {
      id: 'A3.K5',
      text: 'Tiếp nhận phản ánh và kiến nghị của cá nhân, tổ chức về các quy định hành chính nhằm nâng cao chất lượng phục vụ người dân theo quy định.',
      textEn: 'Receive feedback from individuals and organisations on administrative regulations.',
      // Recorded only: receiving no feedback is no failure; how feedback is handled is A3.T10.
      measure: count('phản ánh, kiến nghị tiếp nhận'),
      target: null,
      responsible: ['VP'],
      evidenceHint: 'Kênh tiếp nhận phản ánh, kiến nghị được công khai; sổ theo dõi tiếp nhận.',
    },
    {
      id: 'A3.K6',
      text: 'Tập trung rà soát, cắt giảm, đơn giản hóa TTHC nội bộ thuộc thẩm quyền giải quyết của Sở theo Kế hoạch số 4163/KH-UBND ngày 07/11/2022 của UBND tỉnh Lai Châu rà soát, đơn giản hóa thủ tục hành chính nội bộ trong hệ thống cơ quan hành chính nhà nước giai đoạn 2022 - 2025 trên địa bàn tỉnh Lai Châu.',
      textEn: 'Review, cut and simplify internal procedures under provincial plan 4163/KH-UBND.',
      measure: count('TTHC nội bộ được rà soát, đơn giản hóa'),
      responsible: ['PCM', 'VP'],
      evidenceHint: 'Báo cáo rà soát, phương án đơn giản hóa TTHC nội bộ theo Kế hoạch 4163/KH-UBND.',
    },
    {
      id: 'A3.K7',
      text: 'Chủ động và chịu trách nhiệm giải quyết TTHC được giao tham mưu giải quyết theo chức năng, nhiệm vụ trên Hệ thống thông tin giải quyết thủ tục tỉnh đảm bảo theo đúng quy định. Phối hợp chặt chẽ với công chức của Sở tại Trung tâm phục vụ hành chính công trong thực hiện tiếp nhận và trả kết quả hồ sơ TTHC đảm bảo đúng, trước hạn.',
      textEn:
        "Process assigned procedures on the provincial system and work with the Department's staff at the one-stop centre.",
      measure: text,
      responsible: ['PCM'],
      evidenceHint:
        'Hồ sơ xử lý trên Hệ thống thông tin giải quyết TTHC tỉnh; phối hợp với bộ phận tại Trung tâm phục vụ hành chính công.',
    },
  ],
});
